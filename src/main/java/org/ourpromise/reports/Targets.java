package org.ourpromise.reports;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The council's targets and the red/amber/green status of a value against them. Green: the value meets the
 * target (exactly on target is green). Amber: it misses by no more than the target's tolerance, in the measure's
 * own units (percentage points for a percentage, days for an average of days); a target without its own tolerance
 * uses the set's. Red: it misses by more.
 */
public final class Targets {

    static final List<String> COLUMNS = List.of("measure_key", "year", "target", "direction");
    /** The optional column giving a target its own amber tolerance. */
    static final String TOLERANCE = "tolerance";

    private final Map<String, Target> byKeyAndYear;
    private final BigDecimal tolerance;

    private Targets(List<Target> targets, BigDecimal tolerance) {
        if (tolerance.signum() < 0) {
            throw new IllegalArgumentException("tolerance must not be negative: " + tolerance);
        }
        this.tolerance = tolerance;
        this.byKeyAndYear = new LinkedHashMap<>();
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

    /**
     * Reads {@code measure_key,year,target,direction[,tolerance]} in any column order (direction: higher or lower;
     * tolerance: the target's own amber band, else {@code tolerance}). A bad file is refused whole, one line per
     * problem naming the line and column.
     */
    public static Targets read(Path csv, BigDecimal tolerance) throws IOException {
        try (var reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return read(reader, csv.getFileName().toString(), tolerance);
        }
    }

    static Targets read(Reader reader, String name, BigDecimal tolerance) {
        return new Targets(CsvCheck.rows(reader, name, COLUMNS, String.join(",", COLUMNS) + ", and optionally "
                + TOLERANCE, Targets::parse, t -> t.measureKey() + "|" + t.year(),
                t -> "a second target for " + t.measureKey() + " in " + t.year()), tolerance);
    }

    private static @Nullable Target parse(CsvRecord r, Map<String, Integer> index, String where, CsvCheck check,
            List<String> problems) {
        int before = problems.size();
        String key = CsvCheck.field(r, index, "measure_key");
        if (key.isEmpty()) {
            problems.add(where + ", measure_key: missing");
        }
        Integer year = CsvCheck.year(CsvCheck.field(r, index, "year"), where, problems);
        if (year != null && !key.isEmpty() && !check.knownMeasure(key, year)) {
            problems.add(where + ", measure_key: '" + key + "' is not a measure of the catalogue for " + year
                    + " (domain/MEASURES.md)");
        }
        BigDecimal target = CsvCheck.number(CsvCheck.field(r, index, "target"), "target", where, problems);
        var direction = direction(CsvCheck.field(r, index, "direction"));
        if (direction.isEmpty()) {
            problems.add(where + ", direction: '" + CsvCheck.field(r, index, "direction") + "' is not higher or lower");
        }
        BigDecimal own = null;
        String t = CsvCheck.field(r, index, TOLERANCE);
        if (!t.isEmpty()) {
            own = CsvCheck.number(t, TOLERANCE, where, problems);
            if (own != null && own.signum() < 0) {
                problems.add(where + ", " + TOLERANCE + ": '" + t + "' is negative; give how far below (or above) the "
                        + "target is still amber, 0 or more");
            }
        }
        if (problems.size() > before || year == null || target == null) {
            return null;
        }
        return new Target(key, year, target, direction.get(), own);
    }

    /** {@code higher} or {@code lower}, in any case. */
    public static Optional<Target.Direction> direction(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "higher" -> Optional.of(Target.Direction.HIGHER_IS_BETTER);
            case "lower" -> Optional.of(Target.Direction.LOWER_IS_BETTER);
            default -> Optional.empty();
        };
    }

    public Optional<Target> find(String measureKey, int year) {
        return Optional.ofNullable(byKeyAndYear.get(measureKey + "@" + year));
    }

    /** Every target, in the order given. */
    public List<Target> all() {
        return List.copyOf(byKeyAndYear.values());
    }

    /** The amber band of a target that has none of its own. */
    public BigDecimal tolerance() {
        return tolerance;
    }

    /** The amber band that applies to the target: its own, else the set's. */
    public BigDecimal toleranceOf(Target t) {
        return t.tolerance() != null ? t.tolerance() : tolerance;
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
        return shortfall.compareTo(toleranceOf(t)) <= 0 ? RagStatus.AMBER : RagStatus.RED;
    }
}
