package org.ourpromise.reports;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ourpromise.commandline.CommandArguments;
import org.ourpromise.commandline.CommandException;
import org.ourpromise.commandline.PromiseCommand;
import org.ourpromise.returns.Ssda903ReadException;
import org.ourpromise.returns.Ssda903Return;

/**
 * {@code report}: the annual Children in Care and Permanence report from a return (DESIGN.md command line), as
 * PDF, or HTML when the output file ends in {@code .html}. Lists on stderr the sections whose narrative the
 * service still has to write.
 */
public final class ReportCommand implements PromiseCommand {

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String usage() {
        return "report --in DIR --year Y --out FILE.pdf [--population P] [--benchmarks CSV] [--targets CSV] [--tolerance T]";
    }

    @Override
    public int run(CommandArguments args, PrintStream out, PrintStream err) throws CommandException {
        int year = args.requiredYear();
        var dir = args.requiredInputDirectory("in");
        var target = Path.of(args.required("out"));
        var options = options(args);
        long started = System.nanoTime();
        Ssda903Return ret;
        try {
            ret = Ssda903Return.read(dir);
        } catch (Ssda903ReadException e) {
            throw new CommandException(e.problems());
        }
        long read = System.nanoTime();
        var report = AnnualReport.build(ret, year, options);
        long built = System.nanoTime();
        boolean html = target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".html");
        try {
            if (html) {
                Files.writeString(target, ReportRenderer.html(report, ReportRenderer.Medium.BROWSER), StandardCharsets.UTF_8);
            } else {
                Files.write(target, ReportRenderer.pdf(report));
            }
        } catch (IOException e) {
            throw new CommandException("report: cannot write " + target + " (" + e.getMessage() + ")");
        }
        long rendered = System.nanoTime();
        var unwritten = options.narrative().unwritten();
        if (!unwritten.isEmpty()) {
            err.println("report: " + ReportNarrative.PLACEHOLDER + " (" + unwritten.size() + " sections): "
                    + String.join(", ", unwritten.stream().map(ReportSection::title).toList()));
        }
        report.notes().forEach(n -> err.println("report: " + n));
        err.println("report: " + year + ": " + target + " from " + ret.size() + " rows (read " + ms(started, read)
                + " ms, measures and assembly " + ms(read, built) + " ms, " + (html ? "HTML" : "PDF") + " "
                + ms(built, rendered) + " ms)");
        return 0;
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static ReportOptions options(CommandArguments args) throws CommandException {
        var options = ReportOptions.defaults()
                .withPopulation(args.optionalInt("population", 0, Integer.MAX_VALUE).orElse(null));
        try {
            var benchmarks = args.optionalPath("benchmarks");
            if (benchmarks.isPresent()) {
                options = options.withBenchmarks(BenchmarkTable.read(benchmarks.get()));
            }
            var targets = args.optionalPath("targets");
            if (targets.isPresent()) {
                options = options.withTargets(Targets.read(targets.get(), tolerance(args)));
            }
        } catch (BenchmarkFormatException e) {
            throw new CommandException(e.problems());
        } catch (IOException e) {
            throw new CommandException("report: cannot read " + e.getMessage());
        }
        return options;
    }

    private static BigDecimal tolerance(CommandArguments args) throws CommandException {
        var t = args.optional("tolerance").orElse("0");
        try {
            var d = new BigDecimal(t.strip());
            if (d.signum() < 0) {
                throw new CommandException("report: --tolerance must not be negative, got " + t);
            }
            return d;
        } catch (NumberFormatException e) {
            throw new CommandException("report: --tolerance must be a number, got '" + t + "'");
        }
    }

}
