package org.ourpromise.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.ourpromise.access.AuditLog;
import org.ourpromise.commandline.CommandArguments;
import org.ourpromise.commandline.CommandException;
import org.ourpromise.commandline.PromiseCommand;
import org.ourpromise.reports.Benchmark;
import org.ourpromise.reports.BenchmarkFormatException;
import org.ourpromise.reports.BenchmarkTable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code import-benchmarks}: stores the published comparators of a CSV (docs/benchmarks-format.md), all or nothing.
 * A comparator already stored for the same measure, year and area is replaced only with {@code --replace}; without
 * it the file is refused, one line per such row. Nothing is ever removed.
 */
@Component
class ImportBenchmarksCommand implements PromiseCommand {

    private final ComparatorStore store;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    ImportBenchmarksCommand(ComparatorStore store, AuditLog audit, TransactionTemplate transaction) {
        this.store = store;
        this.audit = audit;
        this.transaction = transaction;
    }

    @Override
    public String name() {
        return "import-benchmarks";
    }

    @Override
    public String usage() {
        return "import-benchmarks --file CSV [--replace]";
    }

    @Override
    public boolean needsDatabase() {
        return true;
    }

    @Override
    public int run(CommandArguments args, PrintStream out, PrintStream err) throws CommandException {
        var file = ImportFiles.file(name(), args);
        boolean replace = args.flag("replace");
        BenchmarkTable table;
        try {
            table = BenchmarkTable.read(file);
        } catch (BenchmarkFormatException e) {
            throw ImportFiles.nothingImported(name(), e.problems());
        } catch (IOException e) {
            throw new CommandException(name() + ": cannot read " + file + " (" + e.getMessage() + ")");
        }
        String name = file.getFileName().toString();
        if (table.rows().isEmpty()) {
            throw ImportFiles.nothingImported(name(), List.of(name + ": no comparators after the header"));
        }
        long started = System.nanoTime();
        var plan = transaction.execute(status -> {
            var p = store.plan(table.rows(), replace);
            if (!p.refusedAny()) {
                store.write(p, name, "command-line");
                audit.recordAs("command-line", AuditLog.Action.IMPORT, null, "import-benchmarks " + name + ": "
                        + summary(p));
            }
            return p;
        });
        if (plan.refusedAny()) {
            var problems = new ArrayList<String>();
            for (var c : plan.refused()) {
                problems.add(name + ": " + what(c.incoming()) + " is already stored as " + figure(c.stored())
                        + "; the file gives " + figure(c.incoming()) + " (--replace replaces stored comparators)");
            }
            throw ImportFiles.nothingImported(name(), problems);
        }
        plan.added().forEach(b -> out.println("added " + what(b) + ": " + figure(b)));
        plan.replaced().forEach(c -> out.println("replaced " + what(c.incoming()) + ": " + figure(c.stored()) + " -> "
                + figure(c.incoming())));
        long illustrative = table.rows().stream().filter(Benchmark::illustrative).count();
        err.println(name() + ": " + name + ": " + summary(plan) + (illustrative == 0 ? ""
                : "; " + illustrative + " ILLUSTRATIVE (not published figures, labelled so wherever shown)")
                + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return 0;
    }

    private static String summary(ImportPlan<Benchmark> plan) {
        return plan.added().size() + " added, " + plan.replaced().size() + " replaced, " + plan.unchanged()
                + " already stored unchanged";
    }

    private static String what(Benchmark b) {
        return b.measureKey() + ", " + b.year() + ", " + b.area();
    }

    private static String figure(Benchmark b) {
        return TargetWords.number(b.value()) + " (" + b.source() + (b.table().isEmpty() ? "" : ": " + b.table()) + ")"
                + (b.illustrative() ? " ILLUSTRATIVE" : "");
    }
}
