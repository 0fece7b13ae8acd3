package org.ourpromise.exchange;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ourpromise.access.AuditLog;
import org.ourpromise.casefile.CareRecordChanged;
import org.ourpromise.children.ChildRegister;
import org.ourpromise.commandline.CommandArguments;
import org.ourpromise.commandline.CommandException;
import org.ourpromise.commandline.PromiseCommand;
import org.ourpromise.staff.StaffDirectory;
import org.ourpromise.staff.StaffMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code import-people}: what the SSDA903 return does not carry, as a council migrating from its own system has it
 * (docs/import-people.md): children's names and identifiers ({@code children.csv}), staff and their teams
 * ({@code staff.csv}) and allocations of social workers, IROs and personal advisers ({@code allocations.csv}).
 * All or nothing: every row is checked first and each problem reported on a line of its own (exit 2); rows held
 * already exactly as given change nothing, so importing the same files again says so and exits 0.
 */
@Component
class ImportPeopleCommand implements PromiseCommand {

    static final List<String> CHILDREN = List.of("CHILD", "GIVEN_NAME", "FAMILY_NAME");
    static final List<String> STAFF = List.of("WORKER_ID", "NAME", "ROLE", "TEAM", "START");
    static final List<String> ALLOCATIONS = List.of("CHILD", "ROLE", "WORKER_ID", "TEAM", "START");

    private final ChildRegister register;
    private final StaffDirectory staff;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    ImportPeopleCommand(ChildRegister register, StaffDirectory staff, AuditLog audit, TransactionTemplate transaction,
            ApplicationEventPublisher events) {
        this.register = register;
        this.staff = staff;
        this.audit = audit;
        this.transaction = transaction;
        this.events = events;
    }

    @Override
    public String name() {
        return "import-people";
    }

    @Override
    public String usage() {
        return "import-people --in DIR (children.csv, staff.csv, allocations.csv: see docs/import-people.md)";
    }

    @Override
    public boolean needsDatabase() {
        return true;
    }

    @Override
    public int run(CommandArguments args, PrintStream out, PrintStream err) throws CommandException {
        Path dir = args.requiredInputDirectory("in");
        var problems = new ArrayList<String>();
        PeopleChecks.Plan plan;
        try {
            var children = PeopleFiles.read(dir, "children.csv", CHILDREN, problems);
            var staffRows = PeopleFiles.read(dir, "staff.csv", STAFF, problems);
            var allocations = PeopleFiles.read(dir, "allocations.csv", ALLOCATIONS, problems);
            if (children == null && staffRows == null && allocations == null) {
                throw new CommandException("import-people: " + dir + " has none of children.csv, staff.csv,"
                        + " allocations.csv");
            }
            var checks = new PeopleChecks(register.children(null), staff.all().stream()
                    .collect(Collectors.toMap(StaffMember::workerId, Function.identity())), register.allocations(null));
            plan = problems.isEmpty() ? checks.plan(children, staffRows, allocations) : null;
            problems.addAll(checks.problems());
        } catch (IOException e) {
            throw new CommandException("import-people: cannot read " + dir + ": " + e.getMessage());
        }
        if (!problems.isEmpty() || plan == null) {
            problems.add("import-people: nothing was imported (" + problems.size() + " problem"
                    + (problems.size() == 1 ? "" : "s") + ")");
            throw new CommandException(problems);
        }
        if (plan.changesNothing()) {
            err.println("import-people: nothing changed: all " + plan.unchanged() + " rows are held already as given");
            return 0;
        }
        write(plan);
        int allocations = plan.allocations().values().stream().mapToInt(List::size).sum();
        err.println("import-people: " + plan.names().size() + " children named, " + plan.staff().size()
                + " staff added, " + allocations + " allocations added (" + plan.unchanged() + " rows held already)");
        return 0;
    }

    private void write(PeopleChecks.Plan plan) {
        transaction.executeWithoutResult(status -> {
            for (var n : plan.names()) {
                register.updateIdentity(n.childId(), n.given(), n.family(), n.upn(), n.nhs(), n.postcode());
            }
            staff.addAll(plan.staff());
            plan.allocations().forEach(register::insertAllocations);
            audit.recordAs("command-line", AuditLog.Action.IMPORT, null, "import-people: " + plan.names().size()
                    + " children named, " + plan.staff().size() + " staff, " + plan.allocations().size()
                    + " children's allocations");
            events.publishEvent(new CareRecordChanged(null));
        });
    }
}
