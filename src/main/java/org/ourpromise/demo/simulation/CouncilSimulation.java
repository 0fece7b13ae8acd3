package org.ourpromise.demo.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.returns.Ssda903Dates;

/**
 * A council drawn from a stream of entrants into care. Entrants arrive at a steady rate over a
 * window long enough that a 25-year-old care leaver of the earliest year asked for could have
 * entered care as a baby; their order is random, so stopping once enough children are found keeps
 * the mix of the steady state. Outlines are cheap and sequential; the full records of the kept
 * children are built in parallel, each from its own seed, so the result never depends on threads.
 */
public final class CouncilSimulation {

    /** Relative rates of entry by year of age (DOMAIN.md §2.3 shape: many babies and teenagers). */
    private static final double[] ENTRY_RATE_BY_AGE = {22, 4.25, 4.25, 4.25, 4.25, 3.6, 3.6, 3.6, 3.6, 3.6,
        4.5, 4.5, 5, 5.5, 6.5, 7, 8, 7};
    /**
     * Unaccompanied children arrive mostly at 15 to 17: about one start in six, and 9% of children
     * looked after at 31 March (EES 2023–24).
     */
    private static final double[] UASC_RATE_BY_AGE = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2.1, 5.2, 8.5, 5.3};
    /** Disabled children starting short breaks, aged 4 to 14. */
    private static final double SHORT_BREAK_RATE = 0.4;

    private static final int OLDEST_CARE_LEAVER = 25;

    private final Chance master;
    private final LocalDate windowEnd;
    private final LocalDate relevantFrom;
    private final double[] weights;
    private final double total;

    private CouncilSimulation(long seed, LocalDate relevantFrom, LocalDate windowEnd) {
        this.master = new Chance(seed);
        this.windowEnd = windowEnd;
        this.relevantFrom = relevantFrom;
        // Three kinds of entrant x 18 ages, each weighted by its rate and by how long a window
        // it needs (a baby entering 26 years before the first year asked for can still matter).
        this.weights = new double[3 * 18];
        double sum = 0;
        for (int age = 0; age < 18; age++) {
            double window = windowDays(age);
            weights[age] = ENTRY_RATE_BY_AGE[age] * window;
            weights[18 + age] = UASC_RATE_BY_AGE[age] * window;
            weights[36 + age] = (age >= 4 && age <= 14 ? SHORT_BREAK_RATE : 0) * window;
            sum += weights[age] + weights[18 + age] + weights[36 + age];
        }
        this.total = sum;
    }

    private double windowDays(int ageAtEntry) {
        LocalDate earliest = relevantFrom.minusYears(OLDEST_CARE_LEAVER + 1L - ageAtEntry);
        return EpisodeChain.days(earliest, windowEnd);
    }

    private Entrant next() {
        double r = master.unit() * total;
        int k = 0;
        while (k < weights.length - 1 && (r -= weights[k]) >= 0) {
            k++;
        }
        int age = k % 18;
        int ageDays = age == 0 && master.percent(0.4) ? master.between(0, 7) : age * 365 + master.between(0, 364);
        LocalDate entry = windowEnd.minusDays(master.between(0, (int) windowDays(age)));
        return new Entrant(master.nextSeed(), entry, ageDays, k / 18 == 1, k / 18 == 2);
    }

    /**
     * Exactly {@code children} children in the return of {@code year}, plus those who belong only
     * to the {@code historyYears} earlier returns.
     */
    public static List<ChildRecord> forReturn(int children, long seed, int year, int historyYears) {
        LocalDate asAt = Ssda903Dates.collectionEnd(year);
        var sim = new CouncilSimulation(seed, Ssda903Dates.collectionStart(year - historyYears), asAt);
        var kept = new ArrayList<ChildOutline>();
        int inYear = 0;
        while (inYear < children) {
            // Entrants are drawn in order from the council's seed, their outlines (each from its
            // own seed) worked out in parallel, then taken in order: the same children are kept
            // as one at a time would keep. Batches of about three entrants per child still needed
            // (the usual ratio) waste little past the last child kept.
            var batch = new Entrant[Math.max(64, Math.min(16_384, 3 * (children - inYear)))];
            for (int i = 0; i < batch.length; i++) {
                batch[i] = sim.next();
            }
            var outlines = Arrays.stream(batch).parallel().map(e -> scoped(e, asAt, year, historyYears)).toList();
            for (var o : outlines) {
                if (inYear == children) {
                    break;
                }
                if (o.inYear()) {
                    kept.add(o.outline());
                    inYear++;
                } else if (o.inHistory()) {
                    kept.add(o.outline());
                }
            }
        }
        return records(kept, asAt, Workforce.forChildren(children));
    }

    /** An outline and the returns it belongs to: the year's, or only some of the history years'. */
    private record Scoped(ChildOutline outline, boolean inYear, boolean inHistory) {
    }

    private static Scoped scoped(Entrant entrant, LocalDate asAt, int year, int historyYears) {
        var o = OutlineSimulator.outline(entrant, asAt);
        if (ReturnScope.includes(o, year)) {
            return new Scoped(o, true, false);
        }
        for (int y = year - historyYears; y < year; y++) {
            if (ReturnScope.includes(o, y)) {
                return new Scoped(o, false, true);
            }
        }
        return new Scoped(o, false, false);
    }

    /**
     * A council for the demonstration database: {@code inCare} children looked after at
     * {@code asAt}, {@code careLeavers} care leavers to 21 (25 for those who asked for support),
     * and the children who left care in the five years before, in their steady-state proportion.
     */
    public static List<ChildRecord> demo(long seed, LocalDate asAt, int inCare, int careLeavers) {
        LocalDate from = asAt.minusYears(5);
        var sim = new CouncilSimulation(seed, from, asAt);
        var kept = new ArrayList<ChildOutline>();
        int careCount = 0;
        int leaverCount = 0;
        while (careCount < inCare || leaverCount < careLeavers) {
            var o = OutlineSimulator.outline(sim.next(), asAt);
            var open = o.periodOpenAt(asAt);
            if (open != null && !open.isShortBreak()) {
                if (careCount < inCare) {
                    kept.add(o);
                    careCount++;
                }
            } else if (isSupportedCareLeaver(o, asAt)) {
                if (leaverCount < careLeavers) {
                    kept.add(o);
                    leaverCount++;
                }
            } else if (careCount < inCare && o.periods().stream().anyMatch(p -> p.overlaps(from, asAt))) {
                kept.add(o);
            }
        }
        return records(kept, asAt, Workforce.forChildren(inCare + careLeavers));
    }

    private static boolean isSupportedCareLeaver(ChildOutline o, LocalDate asAt) {
        int age = OutlineSimulator.age(o.dateOfBirth(), asAt);
        return age < Math.max(21, o.supportUntilAge() + 1) && ReturnScope.careLeaverPeriod(o, asAt) != null;
    }

    private static List<ChildRecord> records(List<ChildOutline> kept, LocalDate asAt, Workforce workforce) {
        int digits = Math.max(6, String.valueOf(kept.size()).length());
        return IntStream.range(0, kept.size()).parallel()
                .mapToObj(i -> ChildLife.record("C" + Identifiers.zeroPadded(i + 1, digits), kept.get(i), asAt, workforce))
                .toList();
    }

}
