package org.ourpromise.demo;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.ourpromise.commandline.CommandArguments;
import org.ourpromise.commandline.CommandException;
import org.ourpromise.commandline.PromiseCommand;
import org.ourpromise.returns.RuleCatalogue;
import org.ourpromise.returns.Ssda903Derivation;
import org.ourpromise.returns.Ssda903Return;

/**
 * {@code generate}: a synthetic SSDA903 return for a year, with history (DESIGN.md command line).
 * {@code --prev-out} also writes last year's return of the same council, for {@code validate-903 --prev}:
 * two runs for consecutive years draw two different councils.
 */
public final class GenerateCommand implements PromiseCommand {

    static final int FIRST_YEAR = 2015;
    static final int LAST_YEAR = 2030;

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String usage() {
        return "generate --children N --seed S --year Y [--history K] --out DIR [--prev-out DIR] [--people-out DIR]";
    }

    @Override
    public int run(CommandArguments args, PrintStream out, PrintStream err) throws CommandException {
        int children = args.requiredInt("children", 10, 100_000);
        long seed = seed(args.required("seed"));
        int year = args.requiredInt("year", FIRST_YEAR, Math.max(LAST_YEAR, RuleCatalogue.YEARS.get(RuleCatalogue.YEARS.size() - 1)));
        int history = args.optionalInt("history", 0, 10).orElse(0);
        Path dir = Path.of(args.required("out"));
        var previousDir = args.optionalPath("prev-out");
        var peopleDir = args.optionalPath("people-out");
        long started = System.nanoTime();
        // Last year's return must come from the same council, so its children are drawn too.
        var records = SyntheticCouncil.generate(children, seed, year, previousDir.isPresent() ? Math.max(1, history) : history);
        long generated = System.nanoTime();
        var ret = Ssda903Derivation.derive(records, year, history);
        write(ret, dir, year);
        if (peopleDir.isPresent()) {
            try {
                // as at the end of the return's year: who was allocated then, and the staff then in post
                CompanionFiles.write(records, ret, LocalDate.of(year, 3, 31), seed, peopleDir.get());
            } catch (java.io.IOException e) {
                throw new CommandException("generate: cannot write the companion files to " + peopleDir.get() + " ("
                        + e.getMessage() + ")");
            }
        }
        if (previousDir.isPresent()) {
            write(Ssda903Derivation.derive(records, year - 1, 0), previousDir.get(), year - 1);
        }
        err.println("generate: " + year + ": " + children + " children in the return, " + records.size()
                + " records with " + history + " years of history, " + ret.size() + " rows in " + dir + " ("
                + (generated - started) / 1_000_000 + " ms to simulate, "
                + (System.nanoTime() - generated) / 1_000_000 + " ms to derive and write)");
        return 0;
    }

    private static void write(Ssda903Return ret, Path dir, int year) throws CommandException {
        try {
            ret.writeCsv(dir, year);
        } catch (UncheckedIOException e) {
            throw new CommandException("generate: cannot write the return to " + dir + " (" + e.getCause().getMessage() + ")");
        }
    }

    private static long seed(String text) throws CommandException {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new CommandException("generate: --seed must be a whole number, got '" + text + "'");
        }
    }
}
