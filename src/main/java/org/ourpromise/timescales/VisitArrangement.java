package org.ourpromise.timescales;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.ChildRecord;

/**
 * What the visit rules see on one day of a child's record, read exactly as the engine reads it: the
 * placement the child is in, if in care, and which recorded facts that change visit intervals are in
 * force. Forms use it to refuse a fact that could not apply (an approval with no placement to apply to,
 * a withdrawal of an agreement never given).
 *
 * @param placementStart    the start of the placement (reg 28 sense) the child is in, or null if not in a
 *                          period of care that day (short breaks are not one)
 * @param placement         the 903 placement type that day, or null
 * @param longTerm          the placement is intended to last until 18 (U1, U4, or so named in the care plan)
 * @param temporaryApproval a connected person's temporary approval (reg 24) is in force in this placement
 * @param childAgreed       the child's agreement to 6-monthly visits is in force in this placement
 * @param shortBreaks       a short-break arrangement (reg 48) is current that day
 */
public record VisitArrangement(@Nullable LocalDate placementStart, @Nullable String placement, boolean longTerm,
        boolean temporaryApproval, boolean childAgreed, boolean shortBreaks) {

    /** The arrangement at the end of {@code day}: facts dated that day count; events after it are not seen. */
    public static VisitArrangement on(ChildRecord child, LocalDate day, TimescaleSettings settings) {
        var periods = PeriodOfCare.of(child.episodes(), day);
        boolean shortBreaks = ShortBreakArrangement.of(child.episodes(), periods, day, settings).stream()
                .anyMatch(a -> a.end() == null);
        var facts = new VisitFacts(child.plans());
        for (var period : periods) {
            if (period.end() != null && !period.end().isAfter(day)) {
                continue;
            }
            for (var p : PlanRules.placements(period, settings)) {
                if (!p.start().isAfter(day) && (p.end() == null || p.end().isAfter(day))) {
                    var episode = period.episodeOn(day);
                    return new VisitArrangement(p.start(), episode.placement(), facts.longTerm(episode, p.start(), day),
                            facts.temporaryApproval(p.start(), day), facts.childAgreed(p.start(), day), shortBreaks);
                }
            }
        }
        return new VisitArrangement(null, null, false, false, false, shortBreaks);
    }

    public boolean inCare() {
        return placementStart != null;
    }
}
