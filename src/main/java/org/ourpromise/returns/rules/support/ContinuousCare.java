package org.ourpromise.returns.rules.support;

import java.time.LocalDate;
import java.util.List;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.Ssda903Table;
import org.ourpromise.returns.rules.RuleContext;

/**
 * The OC2 cohort test: looked after continuously for at least 12 months at 31 March (DOMAIN.md §2.6).
 * A child is in the cohort when looked after at the end of 31 March and none of these happened in the
 * year: (a) a period of care started (RNE S) after 1 April; (b) an episode ended with a reason other
 * than X1 on or after 1 April and before 31 March; (c) a short-break (V3/V4) episode overlapped it.
 * Care that ends on 31 March is not care at the end of it (DOMAIN.md §1.1, MEASURES.md §0), as the
 * derivation and the measures read it: otherwise a young person leaving care on an 18th birthday
 * that falls on 31 March would need both OC2 (rule 191) and, as a care leaver, OC3 (rule 187).
 */
public final class ContinuousCare {

    private ContinuousCare() {
    }

    public static boolean at31March(RuleContext ctx, String child) {
        return test(ctx.rowsOf(Ssda903Table.EPISODES, child), ctx.start(), ctx.end());
    }

    public static boolean test(List<Ssda903Row> episodes, LocalDate start, LocalDate end) {
        boolean lookedAfterAtEnd = false;
        for (var e : episodes) {
            LocalDate decom = e.date("DECOM");
            LocalDate dec = e.date("DEC");
            if (EpisodeChain.isShortBreak(e) && EpisodeChain.overlaps(e, start, end)) {
                return false;
            }
            if ("S".equals(e.get("RNE")) && decom != null && decom.isAfter(start) && !decom.isAfter(end)) {
                return false;
            }
            if (dec != null && !"X1".equals(e.get("REC")) && !dec.isBefore(start) && dec.isBefore(end)) {
                return false;
            }
            // An episode that ends on 31 March with X1 is followed by one open at the end of the day.
            if (decom != null && !decom.isAfter(end) && (dec == null || dec.isAfter(end))) {
                lookedAfterAtEnd = true;
            }
        }
        return lookedAfterAtEnd;
    }
}
