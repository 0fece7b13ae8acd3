package org.ourpromise.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ourpromise.access.AuditLog;
import org.ourpromise.commandline.CommandArguments;
import org.ourpromise.commandline.CommandException;
import org.ourpromise.commandline.PromiseCommand;
import org.ourpromise.reports.BenchmarkFormatException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What {@code import-benchmarks} and {@code import-targets} share: read a CSV of docs/benchmarks-format.md, work out
 * what it would add and replace, and write it all in one transaction, or nothing. A row that differs from the stored
 * one with the same key is replaced only with {@code --replace}; without it the file is refused, one line per such
 * row. Rows the file does not mention are kept.
 *
 * @param <F> the file as read
 * @param <T> one row of it
 */
abstract class CsvImportCommand<F, T> implements PromiseCommand {

    private final AuditLog audit;
    private final TransactionTemplate transaction;

    CsvImportCommand(AuditLog audit, TransactionTemplate transaction) {
        this.audit = audit;
        this.transaction = transaction;
    }

    /** What the rows are, plural ("comparators", "targets"). */
    abstract String kind();

    abstract F read(Path file) throws IOException;

    abstract List<T> rows(F file);

    abstract ImportPlan<T> plan(F file, boolean replace);

    abstract void write(ImportPlan<T> plan, String fileName);

    /** The row's key in words, e.g. "missing.pct, 2025, England". */
    abstract String what(T row);

    /** The row's value in words. */
    abstract String shown(T row);

    /** How a refused row is named, before "is already stored as". */
    String refusedName(T row) {
        return what(row);
    }

    /** Anything more the summary line should say about the file. */
    String note(F file) {
        return "";
    }

    @Override
    public final String usage() {
        return name() + " --file CSV [--replace]";
    }

    @Override
    public final boolean needsDatabase() {
        return true;
    }

    @Override
    public final int run(CommandArguments args, PrintStream out, PrintStream err) throws CommandException {
        var file = Path.of(args.required("file"));
        if (!Files.isRegularFile(file)) {
            throw new CommandException(name() + ": --file " + file + " is not a file");
        }
        boolean replace = args.flag("replace");
        F read;
        try {
            read = read(file);
        } catch (BenchmarkFormatException e) {
            throw nothingImported(e.problems());
        } catch (IOException e) {
            throw new CommandException(name() + ": cannot read " + file + " (" + e.getMessage() + ")");
        }
        String name = file.getFileName().toString();
        if (rows(read).isEmpty()) {
            throw nothingImported(List.of(name + ": no " + kind() + " after the header"));
        }
        long started = System.nanoTime();
        var plan = transaction.execute(status -> {
            var p = plan(read, replace);
            if (!p.refusedAny()) {
                write(p, name);
                audit.recordAs("command-line", AuditLog.Action.IMPORT, null, name() + " " + name + ": " + summary(p));
            }
            return p;
        });
        if (plan.refusedAny()) {
            var problems = new ArrayList<String>();
            for (var c : plan.refused()) {
                problems.add(name + ": " + refusedName(c.incoming()) + " is already stored as " + shown(c.stored())
                        + "; the file gives " + shown(c.incoming()) + " (--replace replaces stored " + kind() + ")");
            }
            throw nothingImported(problems);
        }
        plan.added().forEach(t -> out.println("added " + what(t) + ": " + shown(t)));
        plan.replaced().forEach(c -> out.println("replaced " + what(c.incoming()) + ": " + shown(c.stored()) + " -> "
                + shown(c.incoming())));
        err.println(name() + ": " + name + ": " + summary(plan) + note(read) + " in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        return 0;
    }

    private CommandException nothingImported(List<String> problems) {
        var lines = new ArrayList<>(problems);
        lines.add(name() + ": nothing was imported (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + ")");
        return new CommandException(lines);
    }

    private static String summary(ImportPlan<?> plan) {
        return plan.added().size() + " added, " + plan.replaced().size() + " replaced, " + plan.unchanged()
                + " already stored unchanged";
    }
}
