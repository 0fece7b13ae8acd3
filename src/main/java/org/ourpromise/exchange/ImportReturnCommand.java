package org.ourpromise.exchange;

import org.ourpromise.casefile.CareRecords;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.ourpromise.access.AuditLog;
import org.ourpromise.commandline.CommandArguments;
import org.ourpromise.commandline.CommandException;
import org.ourpromise.commandline.PromiseCommand;
import org.ourpromise.returns.ReturnToRecords;
import org.ourpromise.returns.Ssda903ReadException;
import org.ourpromise.returns.Ssda903Return;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code import-903}: loads a return into the operational record, all or nothing. Every problem is
 * found before anything is written and reported one line per row (file, row, column, reason).
 */
@Component
class ImportReturnCommand implements PromiseCommand {

    private final CareRecords records;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    ImportReturnCommand(CareRecords records, AuditLog audit, TransactionTemplate transaction) {
        this.records = records;
        this.audit = audit;
        this.transaction = transaction;
    }

    @Override
    public String name() {
        return "import-903";
    }

    @Override
    public String usage() {
        return "import-903 --in DIR [--year Y]";
    }

    @Override
    public boolean needsDatabase() {
        return true;
    }

    @Override
    public int run(CommandArguments args, PrintStream out, PrintStream err) throws CommandException {
        Ssda903Return ret;
        try {
            ret = Ssda903Return.read(args.requiredInputDirectory("in"));
        } catch (Ssda903ReadException e) {
            throw new CommandException(e.problems());
        }
        var given = args.optionalInt("year", 2000, 2100);
        var inferred = ImportChecks.collectionYear(ret);
        if (given.isEmpty() && inferred.isEmpty()) {
            throw new CommandException("import-903: the return has no event dates to tell its collection year; give --year Y");
        }
        int year = given.orElseGet(inferred::getAsInt);
        var problems = new ArrayList<String>();
        var plan = plan(ret, year, problems);
        if (!problems.isEmpty()) {
            problems.add("import-903: nothing was imported (" + (problems.size()) + " problem"
                    + (problems.size() == 1 ? "" : "s") + ")");
            throw new CommandException(problems);
        }
        if (plan.toAdd().isEmpty() && plan.toExtend().isEmpty()) {
            err.println("import-903: " + year + ": nothing changed: all " + plan.unchanged().size()
                    + " children in the return are already in the record as the return has them");
            return 0;
        }
        long started = System.nanoTime();
        String what = "imported " + plan.toAdd().size() + " children and extended " + plan.toExtend().size()
                + " children's records";
        transaction.executeWithoutResult(status -> {
            records.addAll(plan.toAdd());
            if (!plan.toExtend().isEmpty()) {
                records.extendAll(plan.held(), plan.toExtend());
            }
            audit.recordAs("command-line", AuditLog.Action.IMPORT, null, what + " from the " + (year - 1) + "-"
                    + year % 100 + " return");
        });
        err.println("import-903: " + year + ": " + what + " (" + ret.size() + " rows; " + plan.unchanged().size()
                + " already held unchanged) in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return 0;
    }

    /** Checks every row, then decides child by child what importing does; problems are added to {@code problems}. */
    private ImportPlan plan(Ssda903Return ret, int year, List<String> problems) {
        problems.addAll(ImportChecks.rowProblems(ret, year));
        if (problems.isEmpty()) {
            var oneYear = ImportChecks.unkeepableRows(ReturnToRecords.differences(ret, year), year);
            // a folder holding several years (generate --history K) is checked against K years of history
            int history = Math.max(0, year - ImportChecks.earliestYear(ret).orElse(year));
            problems.addAll(oneYear.isEmpty() || history == 0 ? oneYear
                    : ImportChecks.unkeepableRows(ReturnToRecords.differences(ret, year, history), year - history));
        }
        var incoming = problems.isEmpty() ? ReturnToRecords.toRecords(ret, year) : List.<org.ourpromise.record.ChildRecord>of();
        var stored = new java.util.HashMap<String, org.ourpromise.record.ChildRecord>();
        if (records.count() > 0) {
            // one read of the whole record (a query per table) beats one per child when a year is imported again
            var ids = new java.util.HashSet<>(incoming.stream().map(r -> r.childId()).toList());
            records.loadAll().stream().filter(r -> ids.contains(r.childId())).forEach(r -> stored.put(r.childId(), r));
        }
        var plan = ImportPlan.of(incoming, stored, year);
        problems.addAll(plan.problems());
        return plan;
    }
}
