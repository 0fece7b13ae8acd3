package org.ourpromise.returns.rules.basics;

import static org.ourpromise.returns.Ssda903Table.EPISODES;
import static org.ourpromise.returns.Ssda903Table.OC3;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleSink;
import org.ourpromise.returns.rules.support.Ages;
import org.ourpromise.returns.rules.support.EpisodeChain;
import org.ourpromise.returns.rules.support.CodeGroups;

/**
 * DfE rule 1001: care leaver information only for relevant and former relevant children, tested on this
 * year's and last year's episodes (DOMAIN.md §3.3, the 13-week test): at least 91 days looked after since
 * the 14th birthday, at least one of them after the 16th, short breaks (V3/V4) not counting; and not
 * adopted (latest episode ended E11/E12). Young people 20 or over on 31 March are not tested (their care
 * is older than two returns), nor those with no episodes in either return (rule 1002 reports them), nor
 * those whose earliest episode in the two returns continues a period of care (RNE L, P, T, B or U): the
 * start of that period, and the weeks it counts, lie in a return Promise was not given.
 */
final class RelevantChildTest {

    static final int THIRTEEN_WEEKS = 91;
    private static final Set<String> CONTINUES_A_PERIOD = Set.of("L", "P", "T", "B", "U");

    private RelevantChildTest() {
    }

    static void check(RuleContext ctx, RuleSink sink) {
        for (var r : ctx.rows(OC3)) {
            if (!CareLeaverInformation.given(r)) {
                continue;
            }
            LocalDate dob = Ages.dateOfBirth(ctx, r);
            if (dob == null || !Ages.birthday(dob, 20).isAfter(ctx.end())) {
                continue;
            }
            var episodes = bothReturns(ctx, r.child());
            if (!episodes.isEmpty() && !CONTINUES_A_PERIOD.contains(episodes.get(0).get("RNE"))
                    && !relevant(episodes, dob, ctx.end())) {
                sink.fail(r);
            }
        }
    }

    /**
     * This year's and last year's episodes, one per start date: an episode open at last year's end appears
     * in both returns, and the copy with an end date wins.
     */
    static List<Ssda903Row> bothReturns(RuleContext ctx, String child) {
        var byStart = new TreeMap<LocalDate, Ssda903Row>();
        for (var source : List.of(ctx.rowsOf(EPISODES, child), ctx.previousRowsOf(EPISODES, child))) {
            for (var e : source) {
                LocalDate decom = e.date("DECOM");
                if (decom != null) {
                    byStart.merge(decom, e, (kept, other) -> kept.isBlank("DEC") ? other : kept);
                }
            }
        }
        return new ArrayList<>(byStart.values());
    }

    static boolean relevant(List<Ssda903Row> episodes, LocalDate dob, LocalDate end) {
        var latest = episodes.get(episodes.size() - 1);
        if (CodeGroups.ADOPTED.contains(latest.get("REC"))) {
            return false;
        }
        LocalDate fourteenth = Ages.birthday(dob, 14);
        LocalDate sixteenth = Ages.birthday(dob, 16);
        long since14 = 0;
        long since16 = 0;
        for (var e : episodes) {
            LocalDate ceased = e.date("DEC");
            if (ceased == null && e == latest) {
                ceased = end;
            }
            if (ceased == null || EpisodeChain.isShortBreak(e)) {
                continue;
            }
            since14 += daysFrom(e.date("DECOM"), fourteenth, ceased);
            since16 += daysFrom(e.date("DECOM"), sixteenth, ceased);
        }
        return since14 >= THIRTEEN_WEEKS && since16 >= 1;
    }

    private static long daysFrom(LocalDate start, LocalDate birthday, LocalDate ceased) {
        LocalDate from = start.isAfter(birthday) ? start : birthday;
        return Math.max(0, ChronoUnit.DAYS.between(from, ceased));
    }
}
