package org.ourpromise.returns;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The DfE validation rules of each collection year, read from the catalogue shipped with Promise
 * ({@code returns/rules/ssda903-rules-YYYY-YY.csv}, copied from shared/ref).
 */
public final class RuleCatalogue {

    /** Collection years (ending 31 March) for which a catalogue ships. */
    public static final List<Integer> YEARS = List.of(2024, 2025, 2026, 2027);

    private static final Map<Integer, Map<String, RuleDescription>> CACHE = new ConcurrentHashMap<>();

    private RuleCatalogue() {
    }

    public static boolean covers(int year) {
        return YEARS.contains(year);
    }

    /** The rules of the year, in catalogue order; fails for a year without a catalogue. */
    public static Map<String, RuleDescription> forYear(int year) {
        if (!covers(year)) {
            throw new IllegalArgumentException("no SSDA903 rule catalogue for " + (year - 1) + "-"
                    + String.format("%02d", year % 100) + "; catalogues exist for years ending 31 March " + YEARS);
        }
        return CACHE.computeIfAbsent(year, RuleCatalogue::load);
    }

    /** The collection years (ending 31 March) whose catalogue has the rule, earliest first. */
    public static List<Integer> yearsOf(String code) {
        return YEARS.stream().filter(y -> forYear(y).containsKey(code)).toList();
    }

    public static Optional<RuleDescription> describe(String code, int year) {
        return Optional.ofNullable(forYear(year).get(code));
    }

    private static Map<String, RuleDescription> load(int year) {
        String name = "/returns/rules/ssda903-rules-" + (year - 1) + "-" + String.format("%02d", year % 100) + ".csv";
        var in = RuleCatalogue.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("rule catalogue " + name + " is missing from the build");
        }
        var rules = new LinkedHashMap<String, RuleDescription>();
        try (var reader = CsvReader.builder().ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (var rec : reader) {
                String code = rec.getField("Rule code").strip();
                rules.put(code, new RuleDescription(code, rec.getField("Rule message").strip(),
                        pythonList(rec.getField("Affected fields")), pythonList(rec.getField("Tables"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(rules).isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(rules);
    }

    /** The catalogue writes lists as Python literals: ['A', 'B']. */
    private static List<String> pythonList(String text) {
        var t = text.strip();
        if (t.startsWith("[")) {
            t = t.substring(1, t.length() - 1);
        }
        var out = new ArrayList<String>();
        for (var part : Arrays.asList(t.split(","))) {
            var p = part.strip().replace("'", "").replace("\"", "");
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }
}
