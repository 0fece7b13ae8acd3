package org.ourpromise.returns.derivation;

import java.time.LocalDate;
import java.util.List;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.PeriodOfCare;

/**
 * Who is looked after at 31 March, and who has been looked after continuously for the 12 months
 * before it (the OC2 cohort, DOMAIN.md §2.6, MEASURES.md §4).
 */
public final class ContinuousCare {

    private ContinuousCare() {
    }

    /**
     * Looked after at the end of 31 March: an episode other than a short break (V3/V4) open at the end
     * of the day, so an episode ceasing on 31 March does not count (MEASURES.md §0, DOMAIN.md §6 q4).
     */
    public static boolean lookedAfterAt(List<CareEpisode> episodes, LocalDate d) {
        for (var e : episodes) {
            if (!e.isShortBreak() && e.isOpenAt(d)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The OC2 cohort test of MEASURES.md §4 (the operational test of the DfE 2021-22 validation rules,
     * DOMAIN.md §2.6): looked after at {@code end}, no period of care starting after {@code start} and on
     * or before {@code end}, no period ending (REC other than X1) on or after {@code start} and before
     * {@code end}, and no short-break episode overlapping the year. A period that began exactly on
     * 1 April has lasted the 12 months.
     */
    public static boolean forTwelveMonths(List<CareEpisode> episodes, CollectionSpan span) {
        for (var e : episodes) {
            if (e.isShortBreak() && span.overlapsYear(e.started(), e.ceased())) {
                return false;
            }
        }
        boolean openAtEnd = false;
        for (var p : PeriodOfCare.of(PeriodOfCare.withoutShortBreaks(episodes))) {
            if (p.start().isAfter(span.start()) && !p.start().isAfter(span.end())) {
                return false;
            }
            LocalDate ended = p.end();
            if (ended != null && !"X1".equals(p.endReason()) && !ended.isBefore(span.start())
                    && ended.isBefore(span.end())) {
                return false;
            }
            openAtEnd |= p.isOpenAt(span.end());
        }
        return openAtEnd;
    }
}
