package org.ourpromise.returns.rules.reviews;

import static org.ourpromise.returns.Ssda903Table.EPISODES;

import java.time.LocalDate;
import org.ourpromise.returns.rules.RuleContext;

/**
 * The DfE test for "looked after continuously for 12 months at 31 March" (DOMAIN.md §2.6), used
 * by the OC2 rules: a child with an episode in the year is in the cohort unless (a) an episode
 * with RNE S starts after 1 April and on or before 31 March, (b) an episode ends with a reason
 * other than X1 on or after 1 April and before 31 March, or (c) a V3/V4 short-break episode
 * overlaps the year. An episode ending on 31 March itself does not break continuity by (b): that is
 * the documented operational test, kept as written.
 */
final class ContinuousCare {

    private ContinuousCare() {
    }

    static boolean for12Months(RuleContext ctx, String child) {
        LocalDate start = ctx.start();
        LocalDate end = ctx.end();
        boolean inYear = false;
        for (var e : ctx.rowsOf(EPISODES, child)) {
            if (!EpisodeChain.inYear(ctx, e)) {
                continue;
            }
            inYear = true;
            LocalDate began = RowDates.read(e, "DECOM");
            LocalDate ended = RowDates.read(e, "DEC");
            boolean startedInYear = "S".equals(e.get("RNE")) && began.isAfter(start);
            boolean leftInYear = ended != null && !"X1".equals(e.get("REC")) && ended.isBefore(end);
            if (startedInYear || leftInYear || EpisodeChain.isShortBreak(e)) {
                return false;
            }
        }
        return inYear;
    }
}
