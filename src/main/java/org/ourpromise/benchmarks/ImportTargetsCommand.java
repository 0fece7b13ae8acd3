package org.ourpromise.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ourpromise.access.AuditLog;
import org.ourpromise.commandline.CommandArguments;
import org.ourpromise.commandline.CommandException;
import org.ourpromise.commandline.PromiseCommand;
import org.ourpromise.reports.BenchmarkFormatException;
import org.ourpromise.reports.Target;
import org.ourpromise.reports.Targets;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code import-targets}: stores the targets of a CSV (docs/benchmarks-format.md), all or nothing. A target already
 * stored for the same measure and year is replaced only with {@code --replace}; without it the file is refused, one
 * line per such row. Targets not in the file are kept.
 */
@Component
class ImportTargetsCommand implements PromiseCommand {

    private final TargetStore store;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    ImportTargetsCommand(TargetStore store, AuditLog audit, TransactionTemplate transaction) {
        this.store = store;
        this.audit = audit;
        this.transaction = transaction;
    }

    @Override
    public String name() {
        return "import-targets";
    }

    @Override
    public String usage() {
        return "import-targets --file CSV [--replace]";
    }

    @Override
    public boolean needsDatabase() {
        return true;
    }

    @Override
    public int run(CommandArguments args, PrintStream out, PrintStream err) throws CommandException {
        var file = ImportFiles.file(name(), args);
        boolean replace = args.flag("replace");
        Targets targets;
        try {
            // a row without a tolerance column has no amber band: any miss is red
            targets = Targets.read(file, BigDecimal.ZERO);
        } catch (BenchmarkFormatException e) {
            throw ImportFiles.nothingImported(name(), e.problems());
        } catch (IOException e) {
            throw new CommandException(name() + ": cannot read " + file + " (" + e.getMessage() + ")");
        }
        String name = file.getFileName().toString();
        if (targets.all().isEmpty()) {
            throw ImportFiles.nothingImported(name(), List.of(name + ": no targets after the header"));
        }
        long started = System.nanoTime();
        var plan = transaction.execute(status -> {
            var p = store.plan(targets, replace);
            if (!p.refusedAny()) {
                store.write(p, "command-line (" + name + ")");
                audit.recordAs("command-line", AuditLog.Action.IMPORT, null, "import-targets " + name + ": "
                        + summary(p));
            }
            return p;
        });
        if (plan.refusedAny()) {
            var problems = new ArrayList<String>();
            for (var c : plan.refused()) {
                problems.add(name + ": the target for " + what(c.incoming()) + " is already stored as "
                        + TargetWords.of(c.stored()) + "; the file gives " + TargetWords.of(c.incoming())
                        + " (--replace replaces stored targets)");
            }
            throw ImportFiles.nothingImported(name(), problems);
        }
        plan.added().forEach(t -> out.println("added " + what(t) + ": " + TargetWords.of(t)));
        plan.replaced().forEach(c -> out.println("replaced " + what(c.incoming()) + ": " + TargetWords.of(c.stored())
                + " -> " + TargetWords.of(c.incoming())));
        err.println(name() + ": " + name + ": " + summary(plan) + " in " + (System.nanoTime() - started) / 1_000_000
                + " ms");
        return 0;
    }

    private static String summary(ImportPlan<Target> plan) {
        return plan.added().size() + " added, " + plan.replaced().size() + " replaced, " + plan.unchanged()
                + " already stored unchanged";
    }

    private static String what(Target t) {
        return t.measureKey() + ", " + t.year();
    }
}
