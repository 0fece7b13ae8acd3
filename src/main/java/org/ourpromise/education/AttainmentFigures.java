package org.ourpromise.education;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A school year's results for the children looked after continuously for 12 months at the 31 March in it (the
 * cohort the DfE publishes outcomes for), by key stage, with the national figure for children looked after where
 * one is cited. Computed once ({@link AttainmentCohort}) for the Virtual School's report and the annual report.
 *
 * @param lines one per measure, in key stage order; KS1 only for years it was statutory, Progress 8 only where
 *              published (none for 2024/25 and 2025/26)
 */
public record AttainmentFigures(SchoolYear year, List<Line> lines) {

    /**
     * One measure: how many achieved it of how many with a result (a share), or an average of those with a result.
     *
     * @param national the national figure for children looked after, where cited (per cent, or the average)
     * @param children the children with a result (sorted); {@code achieved} those who achieved it (for a share) or,
     *                 for an average, the same children
     * @param total    for an average, the sum of the results (null for a share)
     */
    public record Line(String key, String label, @Nullable Share share, @Nullable BigDecimal average, int pupils,
            @Nullable BigDecimal national, List<String> children, List<String> achieved, @Nullable BigDecimal total) {

        /** The council's figure as a number: the percentage or the average (null when nobody has a result). */
        public @Nullable BigDecimal value() {
            return share != null ? share.percent() : average;
        }

        public String words() {
            if (pupils == 0) {
                return "No results";
            }
            return share != null ? share.words() : average.toPlainString() + " (average of " + pupils + ")";
        }

        public String nationalWords() {
            return national == null ? "Not cited" : national.toPlainString() + (share != null ? "%" : "");
        }
    }

    static AttainmentFigures of(SchoolYear year, List<Result> results, Predicate<String> inCohort,
            AttainmentSettings settings) {
        var mine = results.stream().filter(r -> r.schoolYear() == year.startYear() && inCohort.test(r.childId()))
                .toList();
        var lines = new ArrayList<Line>();
        lines.add(share("eyfs-gld", "Early years: a good level of development", mine, Result.KeyStage.EYFS,
                Result::goodLevel, year, settings));
        if (year.startYear() <= Result.LAST_STATUTORY_KS1) {
            lines.add(share("ks1-rwm", "Key stage 1: expected standard in reading, writing and maths", mine,
                    Result.KeyStage.KS1, Result::expectedRwm, year, settings));
        }
        lines.add(share("ks2-rwm", "Key stage 2: expected standard in reading, writing and maths", mine,
                Result.KeyStage.KS2, Result::expectedRwm, year, settings));
        lines.add(average("ks4-a8", "Key stage 4: Attainment 8", mine, Result::attainment8, 1, year, settings));
        if (Result.progress8Published(year.startYear())) {
            lines.add(average("ks4-p8", "Key stage 4: Progress 8", mine, Result::progress8, 2, year, settings));
        }
        lines.add(share("ks4-em94", "Key stage 4: grade 9 to 4 in English and maths", mine, Result.KeyStage.KS4,
                Result::englishMaths94, year, settings));
        lines.add(share("ks4-em95", "Key stage 4: grade 9 to 5 in English and maths", mine, Result.KeyStage.KS4,
                Result::englishMaths95, year, settings));
        return new AttainmentFigures(year, List.copyOf(lines));
    }

    private static Line share(String key, String label, List<Result> results, Result.KeyStage stage,
            java.util.function.Function<Result, @Nullable Boolean> measure, SchoolYear year, AttainmentSettings s) {
        var with = results.stream().filter(r -> r.keyStage() == stage && measure.apply(r) != null).toList();
        var yes = with.stream().filter(r -> Boolean.TRUE.equals(measure.apply(r))).toList();
        return new Line(key, label, new Share(yes.size(), with.size()), null, with.size(), s.national(key, year),
                ids(with), ids(yes), null);
    }

    private static Line average(String key, String label, List<Result> results,
            java.util.function.Function<Result, @Nullable BigDecimal> measure, int scale, SchoolYear year,
            AttainmentSettings s) {
        var rows = results.stream().filter(r -> r.keyStage() == Result.KeyStage.KS4 && measure.apply(r) != null)
                .toList();
        var with = rows.stream().map(measure).filter(Objects::nonNull).toList();
        var total = with.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        var avg = with.isEmpty() ? null : total.divide(BigDecimal.valueOf(with.size()), scale, RoundingMode.HALF_UP);
        return new Line(key, label, null, avg, with.size(), s.national(key, year), ids(rows), ids(rows), total);
    }

    private static List<String> ids(List<Result> results) {
        return results.stream().map(Result::childId).distinct().sorted().toList();
    }

    /** The line of {@code key}, if the year has it (KS1 and Progress 8 only in some years). */
    public java.util.Optional<Line> line(String key) {
        return lines.stream().filter(l -> l.key().equals(key)).findFirst();
    }

    /** The lines that have results. */
    public List<Line> withResults() {
        return lines.stream().filter(l -> l.pupils() > 0).toList();
    }
}
