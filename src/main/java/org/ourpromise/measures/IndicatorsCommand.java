package org.ourpromise.measures;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ourpromise.commandline.CommandArguments;
import org.ourpromise.commandline.CommandException;
import org.ourpromise.commandline.PromiseCommand;
import org.ourpromise.returns.Ssda903ReadException;
import org.ourpromise.returns.Ssda903Return;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code indicators}: every measure of domain/MEASURES.md for a return directory, as the JSON of its §9. */
public final class IndicatorsCommand implements PromiseCommand {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    @Override
    public String name() {
        return "indicators";
    }

    @Override
    public String usage() {
        return "indicators --in DIR --year Y [--population P] [--out FILE]";
    }

    @Override
    public int run(CommandArguments args, PrintStream out, PrintStream err) throws CommandException {
        int year = args.requiredYear();
        Integer population = args.optionalInt("population", 0, Integer.MAX_VALUE).orElse(null);
        var dir = args.requiredInputDirectory("in");
        Ssda903Return ret;
        try {
            ret = Ssda903Return.read(dir);
        } catch (Ssda903ReadException e) {
            throw new CommandException(e.problems());
        }
        var missing = MeasureInputCheck.missingTables(ret, dir.toString());
        if (!missing.isEmpty()) {
            throw new CommandException(missing);
        }
        var problems = MeasureInputCheck.problems(ret);
        if (!problems.isEmpty()) {
            throw new CommandException(problems);
        }
        long started = System.nanoTime();
        var results = MeasureEngine.compute(ret, MeasureParameters.forYear(year).withPopulation(population));
        long millis = (System.nanoTime() - started) / 1_000_000;
        String json = toJson(results);
        var target = args.optionalPath("out");
        if (target.isPresent()) {
            try {
                Files.writeString(target.get(), json);
            } catch (IOException e) {
                throw new CommandException("indicators: cannot write " + target.get() + " (" + e.getMessage() + ")");
            }
        } else {
            out.println(json);
        }
        err.println("indicators: " + year + ": " + results.values().size() + " measures from " + ret.size()
                + " rows in " + millis + " ms");
        return 0;
    }

    /** MEASURES.md §9: year, start, end, parameters, then every measure as {value, numerator, denominator}. */
    static String toJson(MeasureResults results) {
        var p = results.parameters();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("year", p.year());
        json.put("start", p.start().toString());
        json.put("end", p.end().toString());
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("population", p.population());
        parameters.put("exclude_temporary", p.excludeTemporary());
        parameters.put("a3_threshold_days", p.a3ThresholdDays());
        json.put("parameters", parameters);
        Map<String, Object> measures = new LinkedHashMap<>();
        results.values().forEach((key, v) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("value", v.value());
            m.put("numerator", v.numerator());
            m.put("denominator", v.denominator());
            measures.put(key, m);
        });
        json.put("measures", measures);
        return JSON.writeValueAsString(json);
    }
}
