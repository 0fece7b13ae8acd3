package org.ourpromise.returns;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ourpromise.commandline.CommandArguments;
import org.ourpromise.commandline.CommandException;
import org.ourpromise.commandline.PromiseCommand;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code validate-903}: every rule of the year over a return directory, as JSON (DESIGN.md). */
public final class ValidateReturnCommand implements PromiseCommand {

    @Override
    public String name() {
        return "validate-903";
    }

    @Override
    public String usage() {
        return "validate-903 --in DIR --year Y [--prev DIR] [--out FILE] [--providers FILE] [--postcodes FILE]"
                + " [--la CODE]";
    }

    @Override
    public int run(CommandArguments args, PrintStream out, PrintStream err) throws CommandException {
        int year = args.requiredYear();
        if (!RuleCatalogue.covers(year)) {
            throw new CommandException("validate-903: no rule catalogue for --year " + year
                    + "; Promise has the rules of the years ending 31 March " + RuleCatalogue.YEARS);
        }
        var current = read(args, "in");
        Optional<Ssda903Return> previous = args.optional("prev").isPresent()
                ? Optional.of(read(args, "prev")) : Optional.empty();
        var reference = reference(args);
        long started = System.nanoTime();
        var report = ReturnValidator.validate(current, previous, year, reference);
        long millis = (System.nanoTime() - started) / 1_000_000;
        String json = toJson(report);
        var target = args.optionalPath("out");
        if (target.isPresent()) {
            try {
                Files.writeString(target.get(), json);
            } catch (IOException e) {
                throw new CommandException("validate-903: cannot write " + target.get() + " (" + e.getMessage() + ")");
            }
        } else {
            out.println(json);
        }
        err.println("validate-903: " + year + ": " + report.rulesRun().size() + " rules run, "
                + report.skipped().size() + " skipped, " + report.failures().size() + " failures in "
                + report.failuresByRule().size() + " rules, " + millis + " ms");
        return 0;
    }

    private static Ssda903Return read(CommandArguments args, String option) throws CommandException {
        try {
            return Ssda903Return.read(args.requiredInputDirectory(option));
        } catch (Ssda903ReadException e) {
            throw new CommandException(e.problems());
        }
    }

    /**
     * The reference data named by --providers (Ofsted provider list, {@link OfstedProviderList}),
     * --postcodes ({@link PostcodeDirectory}) and --la (the council's DfE LA code). Every problem with
     * either file is reported, one line each, before giving up.
     */
    private static ReferenceData reference(CommandArguments args) throws CommandException {
        var problems = new ArrayList<String>();
        var la = args.optional("la").map(String::strip);
        if (la.isPresent() && !la.get().matches("[0-9]{3}")) {
            problems.add("validate-903: --la must be the council's 3-digit LA code (e.g. 855), got '" + la.get() + "'");
        }
        Optional<Map<String, ReferenceData.ProviderInformation>> providers = Optional.empty();
        Optional<PostcodeDirectory> postcodes = Optional.empty();
        try {
            if (args.optional("providers").isPresent()) {
                providers = Optional.of(OfstedProviderList.read(inputFile(args, "providers")));
            }
        } catch (Ssda903ReadException e) {
            problems.addAll(e.problems());
        }
        try {
            if (args.optional("postcodes").isPresent()) {
                postcodes = Optional.of(PostcodeDirectory.read(inputFile(args, "postcodes")));
            }
        } catch (Ssda903ReadException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new CommandException(problems);
        }
        return new ReferenceData(providers, la, postcodes);
    }

    private static Path inputFile(CommandArguments args, String option) throws Ssda903ReadException {
        var file = args.optionalPath(option).orElseThrow();
        if (!Files.isRegularFile(file)) {
            throw new Ssda903ReadException(List.of("validate-903: --" + option + " " + file + " is not a file"));
        }
        return file;
    }

    static String toJson(ValidationReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("year", report.year());
        json.put("rules_run", report.rulesRun().size());
        json.put("failures", report.failures().stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", f.rule());
            m.put("table", f.table());
            m.put("child", f.child());
            m.put("row", f.row());
            return m;
        }).toList());
        json.put("skipped", report.skipped().stream()
                .map(s -> {
                    // fixed key order: Map.of's order changes from one JVM run to the next
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("rule", s.rule());
                    m.put("reason", s.reason());
                    return m;
                }).toList());
        return JsonMapper.builder().disable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(json);
    }

}
