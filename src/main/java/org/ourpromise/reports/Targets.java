package org.ourpromise.reports;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The council's targets and the red/amber/green status of a value against them. Green: the value meets the
 * target (exactly on target is green). Amber: it misses by no more than {@code tolerance}, in the measure's own
 * units (percentage points for a percentage, days for an average of days). Red: it misses by more.
 */
public final class Targets {

    private final Map<String, Target> byKeyAndYear;
    private final BigDecimal tolerance;

    private Targets(List<Target> targets, BigDecimal tolerance) {
        if (tolerance.signum() < 0) {
            throw new IllegalArgumentException("tolerance must not be negative: " + tolerance);
        }
        this.tolerance = tolerance;
        this.byKeyAndYear = new HashMap<>();
        for (var t : targets) {
            if (byKeyAndYear.put(t.measureKey() + "@" + t.year(), t) != null) {
                throw new IllegalArgumentException("two targets for " + t.measureKey() + " in " + t.year());
            }
        }
    }

    public static Targets of(List<Target> targets, BigDecimal tolerance) {
        return new Targets(targets, tolerance);
    }

    public static Targets none() {
        return new Targets(List.of(), BigDecimal.ZERO);
    }

    /** Reads {@code measure_key,year,target,direction} (direction: higher or lower); one line per bad row. */
    public static Targets read(Path csv, BigDecimal tolerance) throws IOException {
        var problems = new ArrayList<String>();
        var targets = new ArrayList<Target>();
        String name = csv.getFileName().toString();
        try (var reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            boolean header = true;
            for (var r : CsvReader.builder().commentStrategy(CommentStrategy.SKIP).ofCsvRecord(reader)) {
                if (header) {
                    header = false;
                    continue;
                }
                String where = name + ", line " + r.getStartingLineNumber();
                if (r.getFieldCount() < 4) {
                    problems.add(where + ": expected measure_key,year,target,direction");
                    continue;
                }
                try {
                    targets.add(new Target(r.getField(0).strip(), Integer.parseInt(r.getField(1).strip()),
                            new BigDecimal(r.getField(2).strip()), direction(r.getField(3))));
                } catch (IllegalArgumentException e) {
                    problems.add(where + ": " + e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new BenchmarkFormatException(problems);
        }
        return new Targets(targets, tolerance);
    }

    private static Target.Direction direction(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "higher" -> Target.Direction.HIGHER_IS_BETTER;
            case "lower" -> Target.Direction.LOWER_IS_BETTER;
            default -> throw new IllegalArgumentException("direction '" + s + "' is not higher or lower");
        };
    }

    public Optional<Target> find(String measureKey, int year) {
        return Optional.ofNullable(byKeyAndYear.get(measureKey + "@" + year));
    }

    public BigDecimal tolerance() {
        return tolerance;
    }

    public RagStatus rag(String measureKey, int year, @Nullable BigDecimal value) {
        var target = find(measureKey, year);
        if (target.isEmpty()) {
            return RagStatus.NO_TARGET;
        }
        if (value == null) {
            return RagStatus.NO_VALUE;
        }
        var t = target.get();
        // shortfall > 0 means the value is on the wrong side of the target
        BigDecimal shortfall = t.direction() == Target.Direction.HIGHER_IS_BETTER
                ? t.target().subtract(value) : value.subtract(t.target());
        if (shortfall.signum() <= 0) {
            return RagStatus.GREEN;
        }
        return shortfall.compareTo(tolerance) <= 0 ? RagStatus.AMBER : RagStatus.RED;
    }
}
