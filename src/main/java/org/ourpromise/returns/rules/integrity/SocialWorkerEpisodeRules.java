package org.ourpromise.returns.rules.integrity;

import static org.ourpromise.returns.Ssda903Table.EPISODES;
import static org.ourpromise.returns.Ssda903Table.SW_EPISODES;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiPredicate;
import org.ourpromise.returns.CodeList;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RowRule;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.RuleSink;
import org.ourpromise.returns.rules.ValidationRule;
import org.ourpromise.returns.rules.support.Ages;
import org.ourpromise.returns.rules.support.CrossTableRule;
import org.ourpromise.returns.rules.support.DatedPeriods;

/**
 * Social worker episodes, collected from 2023-24 for children looked after on 31 March, covering
 * the whole collection year (DOMAIN.md §1.3 SWEpisodes). STG1 rules check a row, STG2 rules a
 * child's episodes in date order.
 */
public final class SocialWorkerEpisodeRules implements RuleGroup {

    /** SW01a/SW01b: SW_REASON is required only for social worker episodes begun from this day. */
    static final LocalDate REASON_REQUIRED_FROM = LocalDate.of(2023, 4, 1);
    /** DfE rule SW10: a new episode may begin up to 7 days before the previous one ended. */
    private static final int OVERLAP_TOLERANCE_DAYS = 7;
    private static final String FIRST_CONTACT = "FCONTA";

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                new CrossTableRule("SW01STG1", SocialWorkerEpisodeRules::lookedAfterWithoutSocialWorker),
                new RowRule("SW01aSTG1", SW_EPISODES, (ctx, r) -> r.isBlank("SW_DECOM")
                        || (startsBefore(r, REASON_REQUIRED_FROM) && r.isBlank("SW_ID"))),
                new RowRule("SW01bSTG1", SW_EPISODES, (ctx, r) -> r.isBlank("SW_DECOM")
                        || (r.date("SW_DECOM") != null && !startsBefore(r, REASON_REQUIRED_FROM)
                                && (r.isBlank("SW_ID") || r.isBlank("SW_REASON")))),
                new RowRule("SW02STG1", SW_EPISODES, (ctx, r) -> !r.isBlank("SW_ID")
                        && !(r.get("SW_ID").startsWith("SW") || r.get("SW_ID").startsWith("XX"))),
                new RowRule("SW03STG1", SW_EPISODES, (ctx, r) -> r.isBlank("SW_ID") || r.isBlank("SW_DECOM")
                        || r.isBlank("SW_REASON")),
                new RowRule("SW04STG1", SW_EPISODES, (ctx, r) -> !Ssda903Dates.isValid(r.get("SW_DECOM"))),
                // SW05: blank SW_DEC is the open episode (SW17 requires one), so only a written non-date fails.
                new RowRule("SW05STG1", SW_EPISODES, (ctx, r) -> !r.isBlank("SW_DEC")
                        && !Ssda903Dates.isValid(r.get("SW_DEC"))),
                new RowRule("SW06STG2", SW_EPISODES, (ctx, r) -> r.date("SW_DECOM") != null
                        && r.date("SW_DECOM").isAfter(ctx.end())),
                new RowRule("SW07STG2", SW_EPISODES, (ctx, r) -> r.date("SW_DEC") != null
                        && (r.date("SW_DEC").isBefore(ctx.start()) || r.date("SW_DEC").isAfter(ctx.end()))),
                new CrossTableRule("SW08STG2", SocialWorkerEpisodeRules::openBeforeANewOne),
                new RowRule("SW09STG2", SW_EPISODES, (ctx, r) -> r.date("SW_DEC") != null
                        && r.date("SW_DEC").equals(r.date("SW_DECOM"))),
                new CrossTableRule("SW108STG2", SocialWorkerEpisodeRules::openBeforeANewOne),
                new CrossTableRule("SW10STG2", SocialWorkerEpisodeRules::startedBeforePreviousEnded),
                new CrossTableRule("SW11STG2", SocialWorkerEpisodeRules::endedWithoutSuccessor),
                new CrossTableRule("SW11bSTG2", SocialWorkerEpisodeRules::endedWithoutSuccessor),
                new CrossTableRule("SW12STG2", SocialWorkerEpisodeRules::yearNotCovered),
                new CrossTableRule("SW13STG1", SocialWorkerEpisodeRules::reasonNotInList),
                // SW14 (2023-24, 2024-25): only the child's latest episode may be left without an end.
                new CrossTableRule("SW14STG2", SocialWorkerEpisodeRules::openBeforeANewOne),
                new RowRule("SW15STG2", SW_EPISODES, (ctx, r) -> r.isBlank("SW_REASON")),
                new CrossTableRule("SW16aSTG2", (ctx, sink) -> carriedFromLastYear(ctx, sink,
                        (now, last) -> now.get("SW_ID").equals(last.get("SW_ID")))),
                new CrossTableRule("SW16bSTG2", (ctx, sink) -> carriedFromLastYear(ctx, sink,
                        (now, last) -> last.date("SW_DECOM").equals(now.date("SW_DECOM")))),
                new CrossTableRule("SW16cSTG2", (ctx, sink) -> carriedFromLastYear(ctx, sink,
                        (now, last) -> now.get("SW_REASON").equals(last.get("SW_REASON")))),
                new CrossTableRule("SW17STG2", SocialWorkerEpisodeRules::noEpisodeOpenAtYearEnd));
    }

    /**
     * SW13: 2023-24 and 2024-25 also fail a blank reason; from 2025-26 only a written reason not in
     * the list. The year's codes are read once, not per row.
     */
    private static void reasonNotInList(RuleContext ctx, RuleSink sink) {
        var codes = CodeList.SW_REASON.codes(ctx.year());
        boolean blankFails = ctx.year() <= 2025;
        for (var r : ctx.rows(SW_EPISODES)) {
            var reason = r.get("SW_REASON");
            if (reason.isEmpty() ? blankFails : !codes.contains(reason)) {
                sink.fail(r);
            }
        }
    }

    private static boolean startsBefore(Ssda903Row r, LocalDate day) {
        var start = r.date("SW_DECOM");
        return start != null && start.isBefore(day);
    }

    private static List<Ssda903Row> inOrder(List<Ssda903Row> rows) {
        return DatedPeriods.byStart(rows, "SW_DECOM", "SW_DEC");
    }

    /**
     * SW01 (2023-24, 2024-25): a child looked after on 31 March needs a social worker episode with
     * SW_ID, SW_DECOM and SW_REASON. Reported on the child's episode open at the year end.
     */
    private static void lookedAfterWithoutSocialWorker(RuleContext ctx, RuleSink sink) {
        for (var child : ctx.byChild(EPISODES).keySet()) {
            var open = CareFacts.openEpisodeAtYearEnd(ctx, child);
            if (open.isEmpty()) {
                continue;
            }
            boolean reported = ctx.rowsOf(SW_EPISODES, child).stream().anyMatch(sw -> !sw.isBlank("SW_ID")
                    && !sw.isBlank("SW_DECOM") && !sw.isBlank("SW_REASON"));
            if (!reported) {
                sink.fail(open.get());
            }
        }
    }

    /** SW08, SW108, SW14: every episode but the child's latest must have ended. */
    private static void openBeforeANewOne(RuleContext ctx, RuleSink sink) {
        for (var rows : ctx.byChild(SW_EPISODES).values()) {
            var ordered = inOrder(rows);
            for (int i = 0; i < ordered.size() - 1; i++) {
                if (ordered.get(i).isBlank("SW_DEC")) {
                    sink.fail(ordered.get(i));
                }
            }
        }
    }

    /** SW10: the later episode is reported when it began more than 7 days before the previous ended. */
    private static void startedBeforePreviousEnded(RuleContext ctx, RuleSink sink) {
        for (var rows : ctx.byChild(SW_EPISODES).values()) {
            var ordered = inOrder(rows);
            for (int i = 1; i < ordered.size(); i++) {
                var previousEnd = ordered.get(i - 1).date("SW_DEC");
                var start = ordered.get(i).date("SW_DECOM");
                if (previousEnd != null && start.isBefore(previousEnd.minusDays(OVERLAP_TOLERANCE_DAYS))) {
                    sink.fail(ordered.get(i));
                }
            }
        }
    }

    /** SW11, SW11b: the child's latest episode ended before 31 March, so none follows it. */
    private static void endedWithoutSuccessor(RuleContext ctx, RuleSink sink) {
        for (var rows : ctx.byChild(SW_EPISODES).values()) {
            var ordered = inOrder(rows);
            if (ordered.isEmpty()) {
                continue;
            }
            var latest = ordered.get(ordered.size() - 1);
            var end = latest.date("SW_DEC");
            if (end != null && end.isBefore(ctx.end())) {
                sink.fail(latest);
            }
        }
    }

    /** SW17: the child's latest episode has an end date, so no social worker is allocated at 31 March. */
    private static void noEpisodeOpenAtYearEnd(RuleContext ctx, RuleSink sink) {
        for (var rows : ctx.byChild(SW_EPISODES).values()) {
            var ordered = inOrder(rows);
            if (!ordered.isEmpty() && !ordered.get(ordered.size() - 1).isBlank("SW_DEC")) {
                sink.fail(ordered.get(ordered.size() - 1));
            }
        }
    }

    /**
     * SW12: for a child looked after on 31 March the episodes must reach back to 1 April (or the
     * child's birth). A first episode begun later for a first contact (FCONTA) is the start of the
     * social work involvement and passes: our reading. Reported on the earliest episode.
     */
    private static void yearNotCovered(RuleContext ctx, RuleSink sink) {
        for (var entry : ctx.byChild(SW_EPISODES).entrySet()) {
            if (CareFacts.openEpisodeAtYearEnd(ctx, entry.getKey()).isEmpty()) {
                continue;
            }
            var ordered = inOrder(entry.getValue());
            if (ordered.isEmpty()) {
                continue;
            }
            var first = ordered.get(0);
            var from = ctx.start();
            var dob = Ages.dateOfBirth(ctx, first);
            if (dob != null && dob.isAfter(from)) {
                from = dob;
            }
            if (first.date("SW_DECOM").isAfter(from) && !FIRST_CONTACT.equals(first.get("SW_REASON"))) {
                sink.fail(first);
            }
        }
    }

    /**
     * SW16a/b/c (2024-25): the episode open at the end of last year's return continues into this
     * year, so this year's earliest episode must repeat its SW_ID, SW_DECOM or SW_REASON.
     */
    private static void carriedFromLastYear(RuleContext ctx, RuleSink sink,
            BiPredicate<Ssda903Row, Ssda903Row> matches) {
        for (var entry : ctx.byChild(SW_EPISODES).entrySet()) {
            var last = inOrder(ctx.previousRowsOf(SW_EPISODES, entry.getKey()));
            if (last.isEmpty() || !last.get(last.size() - 1).isBlank("SW_DEC")) {
                continue;
            }
            var now = inOrder(entry.getValue());
            var first = now.isEmpty() ? entry.getValue().get(0) : now.get(0);
            if (!matches.test(first, last.get(last.size() - 1))) {
                sink.fail(first);
            }
        }
    }
}
