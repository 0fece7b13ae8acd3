package org.ourpromise.returns.rules.integrity;

import static org.ourpromise.returns.Ssda903Table.EPISODES;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.support.EpisodeChain;

/** What the return says about one child's care, as the rules of this package read it (DOMAIN.md §1.1). */
final class CareFacts {

    private CareFacts() {
    }

    /**
     * The day the child last ceased to be looked after: the DEC of their latest episode when it
     * closes the period of care (REC other than X1). Empty while the child is still looked after.
     */
    static Optional<LocalDate> ceasedCare(RuleContext ctx, String child) {
        List<Ssda903Row> episodes = ctx.rowsOf(EPISODES, child);
        if (episodes.isEmpty()) {
            return Optional.empty();
        }
        var last = episodes.get(episodes.size() - 1);
        var dec = last.date("DEC");
        if (dec == null || last.isBlank("REC") || "X1".equals(last.get("REC"))) {
            return Optional.empty();
        }
        return Optional.of(dec);
    }

    /** Looked after at 31 March: an episode still open at the year end, not a short break (DOMAIN.md §1.1). */
    static Optional<Ssda903Row> openEpisodeAtYearEnd(RuleContext ctx, String child) {
        for (var e : ctx.rowsOf(EPISODES, child)) {
            if (e.isBlank("DEC") && !EpisodeChain.isShortBreak(e)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The earliest valid DECOM in this year's episodes, or null. Episodes are sorted by DECOM. */
    static LocalDate firstDecom(RuleContext ctx, String child) {
        var episodes = ctx.rowsOf(EPISODES, child);
        return episodes.isEmpty() ? null : episodes.get(0).date("DECOM");
    }
}
