package org.ourpromise.retention;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ourpromise.access.AuditLog;
import org.ourpromise.commandline.CommandArguments;
import org.ourpromise.commandline.CommandException;
import org.ourpromise.commandline.PromiseCommand;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code retention}: lists the case records past their retention date (and those past it but held); with
 * {@code --anonymise --confirm} anonymises them, each in its own transaction, audited. Also places and releases legal
 * holds and records a date of death, which the rule needs.
 */
@Component
class RetentionCommand implements PromiseCommand {

    static final String WHO = "command-line";

    private final RetentionRecords records;
    private final Anonymiser anonymiser;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RetentionCommand(RetentionRecords records, Anonymiser anonymiser, AuditLog audit, TransactionTemplate transaction,
            Clock clock) {
        this.records = records;
        this.anonymiser = anonymiser;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "retention";
    }

    @Override
    public String usage() {
        return "retention [--anonymise] [--confirm] [--hold CHILD --reason TEXT] [--release CHILD]"
                + " [--died CHILD --on DATE]";
    }

    @Override
    public boolean needsDatabase() {
        return true;
    }

    @Override
    public int run(CommandArguments args, PrintStream out, PrintStream err) throws CommandException {
        var today = LocalDate.now(clock);
        var changes = RetentionChange.of(args);
        if (changes.isPresent()) {
            String done = changes.get().apply(records, today);
            audit.recordAs(WHO, AuditLog.Action.RETENTION, changes.get().childId(), done);
            out.println("retention: " + done);
            return 0;
        }
        boolean anonymise = args.flag("anonymise");
        if (args.flag("confirm") && !anonymise) {
            throw new CommandException("retention: --confirm confirms --anonymise; give both to anonymise");
        }
        var kept = records.all();
        var past = kept.stream().filter(k -> k.retention().pastOn(today)).toList();
        var held = kept.stream().filter(k -> k.retention().legalHold() && !k.retention().keepUntil().isAfter(today))
                .toList();
        list(out, past, held, today);
        if (!anonymise) {
            return 0;
        }
        if (!args.flag("confirm")) {
            throw new CommandException("retention: nothing anonymised: add --confirm to anonymise the " + past.size()
                    + " records listed (this cannot be undone)");
        }
        int values = 0;
        for (var k : past) {
            values += transaction.execute(status -> {
                int n = anonymiser.anonymise(k.childId(), today);
                audit.recordAs(WHO, AuditLog.Action.RETENTION, k.childId(), "anonymised the record: kept until "
                        + k.retention().keepUntil() + " (" + k.retention().basis().words() + ")");
                return n;
            });
        }
        out.println("retention: anonymised " + past.size() + (past.size() == 1 ? " record" : " records") + " ("
                + values + " values changed)");
        return 0;
    }

    private static void list(PrintStream out, List<RetentionRecords.Kept> past, List<RetentionRecords.Kept> held,
            LocalDate today) {
        out.println("retention: on " + today + ", " + past.size() + " past their retention date"
                + (held.isEmpty() ? "" : ", " + held.size() + " more past it but held"));
        var lines = new ArrayList<String>();
        past.forEach(k -> lines.add(k.childId() + "\tkept until " + k.retention().keepUntil() + "\t"
                + k.retention().basis().words()));
        held.forEach(k -> lines.add(k.childId() + "\tkept until " + k.retention().keepUntil() + "\t"
                + k.retention().basis().words() + "\tHELD: " + k.hold()));
        lines.forEach(out::println);
    }
}
