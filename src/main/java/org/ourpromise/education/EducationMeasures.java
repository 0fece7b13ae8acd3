package org.ourpromise.education;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.ourpromise.measures.EducationMeasureCatalogue;
import org.ourpromise.measures.MeasureValue;

/**
 * Pure: the Virtual School's local measures for a period, as {@link EducationMeasureCatalogue} defines them, from the
 * figure classes the Virtual School's own pages and its Head's report show ({@link VirtualSchoolFigures},
 * {@link ExclusionFigures}, {@link PepQualityFigures}, {@link AttainmentFigures}, {@link PupilPremiumStatement}) and
 * each pupil's {@link PepSchedule}: a figure shown in two places is computed once.
 */
public final class EducationMeasures {

    /**
     * What the measures are computed from.
     *
     * @param cohort      the Virtual School's children on {@code asAt}, with this school year's attendance to it
     * @param from        the school year's first day
     * @param asAt        the period's last day (the school year's last, or today while it runs)
     * @param attainment  the school year's results, or null before any are in
     * @param statement   the financial year's Pupil Premium Plus, with the allocations it was made from
     */
    public record Inputs(List<VirtualSchool.Pupil> cohort, LocalDate from, LocalDate asAt,
            Map<String, List<Exclusion>> exclusions, Map<String, List<Pep>> peps,
            @Nullable AttainmentFigures attainment, @Nullable PupilPremiumStatement statement,
            List<PupilPremium.Allocation> allocations, int attendanceConcernBelow) {
    }

    private EducationMeasures() {
    }

    public static Map<String, MeasureValue> of(Inputs in) {
        var values = new LinkedHashMap<String, MeasureValue>();
        var ids = in.cohort().stream().map(VirtualSchool.Pupil::childId).sorted().toList();
        var figures = VirtualSchoolFigures.of(in.cohort(), in.attendanceConcernBelow());
        var attendance = figures.attendance();
        var attended = new ArrayList<>(attendance.byChild().keySet());
        values.put(EducationMeasureCatalogue.ATTENDANCE, new MeasureValue(attendance.total().ratePercent(),
                attendance.total().attended().setScale(0, RoundingMode.HALF_UP).longValue(),
                attendance.total().possible(), attended, attended));
        values.put(EducationMeasureCatalogue.PERSISTENT_ABSENCE, MeasureValue.percentageOf(attendance.byChild()
                .entrySet().stream().filter(e -> e.getValue().persistentlyAbsent()).map(Map.Entry::getKey).toList(),
                attended));
        values.put(EducationMeasureCatalogue.GOOD_SCHOOLS, of(VirtualSchoolFigures.goodOrOutstanding(in.cohort())));
        values.put(EducationMeasureCatalogue.EHCP, of(VirtualSchoolFigures.withEhcp(in.cohort())));
        var exclusions = ExclusionFigures.of(in.exclusions(), ids, in.from(), in.asAt());
        values.put(EducationMeasureCatalogue.SUSPENDED, MeasureValue.percentageOf(exclusions.suspended(),
                exclusions.cohort()));
        values.put(EducationMeasureCatalogue.PERMANENTLY_EXCLUDED,
                MeasureValue.percentageOf(exclusions.permanentlyExcluded(), exclusions.cohort()));
        values.put(EducationMeasureCatalogue.PEPS_ON_TIME, pepsOnTime(in.cohort(), in.from(), in.asAt()));
        var quality = PepQualityFigures.of(in.peps(), ids, in.from(), in.asAt());
        values.put(EducationMeasureCatalogue.PEPS_NEEDING_ACTION, MeasureValue.percentage(quality.needingAction(),
                quality.rated(), quality.actionChildren(), quality.ratedChildren()));
        values.put(EducationMeasureCatalogue.EYFS, share(in.attainment(), "eyfs-gld"));
        values.put(EducationMeasureCatalogue.KS2, share(in.attainment(), "ks2-rwm"));
        values.put(EducationMeasureCatalogue.KS4_9_4, share(in.attainment(), "ks4-em94"));
        values.put(EducationMeasureCatalogue.KS4_9_5, share(in.attainment(), "ks4-em95"));
        values.put(EducationMeasureCatalogue.ATTAINMENT_8, attainment8(in.attainment()));
        values.put(EducationMeasureCatalogue.PUPIL_PREMIUM_PAID, pupilPremiumPaid(in.statement(), in.allocations()));
        return values;
    }

    private static MeasureValue of(VirtualSchoolFigures.Children c) {
        return MeasureValue.percentageOf(c.counted(), c.of());
    }

    /**
     * The PEP deadlines due from {@code from} to {@code asAt}, met on time, of those decided (one due on {@code asAt}
     * and not yet met is not). The children counted are those whose every deadline was met on time.
     */
    static MeasureValue pepsOnTime(List<VirtualSchool.Pupil> cohort, LocalDate from, LocalDate asAt) {
        long due = 0;
        long onTime = 0;
        var all = new TreeSet<String>();
        var late = new TreeSet<String>();
        for (var p : cohort) {
            for (var d : p.schedule()) {
                if (d.due().isBefore(from) || d.due().isAfter(asAt) || !d.due().isBefore(asAt) && !d.onTime()) {
                    continue;
                }
                due++;
                all.add(p.childId());
                if (d.onTime()) {
                    onTime++;
                } else {
                    late.add(p.childId());
                }
            }
        }
        var counted = new TreeSet<>(all);
        counted.removeAll(late);
        return MeasureValue.percentage(onTime, due, counted, all);
    }

    private static MeasureValue share(@Nullable AttainmentFigures figures, String key) {
        var line = figures == null ? null : figures.line(key).orElse(null);
        if (line == null || line.share() == null) {
            return MeasureValue.percentageOf(List.of(), List.of());
        }
        return MeasureValue.percentage(line.share().count(), line.share().of(), line.achieved(), line.children());
    }

    private static MeasureValue attainment8(@Nullable AttainmentFigures figures) {
        var line = figures == null ? null : figures.line("ks4-a8").orElse(null);
        if (line == null || line.pupils() == 0 || line.total() == null) {
            return new MeasureValue(null, 0, 0L, List.of(), List.of());
        }
        return new MeasureValue(line.average(), line.total().setScale(0, RoundingMode.HALF_UP).longValue(),
                (long) line.pupils(), line.children(), line.children());
    }

    /** Of the allocations (after the top-slice), the share paid to schools: top-ups beyond an allocation aside. */
    static MeasureValue pupilPremiumPaid(@Nullable PupilPremiumStatement statement,
            List<PupilPremium.Allocation> allocations) {
        if (statement == null || statement.allocated().signum() == 0) {
            return new MeasureValue(null, 0, 0L, List.of(), List.of());
        }
        var paid = statement.allocated().subtract(statement.left());
        var eligible = allocations.stream().filter(PupilPremium.Allocation::eligible).toList();
        return new MeasureValue(paid.multiply(BigDecimal.valueOf(100)).divide(statement.allocated(), 1,
                RoundingMode.HALF_UP), paid.setScale(0, RoundingMode.HALF_UP).longValue(),
                statement.allocated().setScale(0, RoundingMode.HALF_UP).longValue(),
                eligible.stream().filter(a -> a.paid().signum() > 0).map(PupilPremium.Allocation::childId).sorted()
                        .toList(), eligible.stream().map(PupilPremium.Allocation::childId).sorted().toList());
    }
}
