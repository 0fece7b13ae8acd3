package org.ourpromise.returns.rules.placements;

import static org.ourpromise.returns.Ssda903Table.EPISODES;
import static org.ourpromise.returns.Ssda903Table.HEADER;
import static org.ourpromise.returns.Ssda903Table.REVIEWS;
import static org.ourpromise.returns.Ssda903Table.UASC;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RowRule;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.ValidationRule;
import org.ourpromise.returns.rules.support.Ages;
import org.ourpromise.returns.rules.support.ChildRule;
import org.ourpromise.returns.rules.support.EpisodeChain;

/** Rules on the child's own details: date of birth, UPN, sex, mother status and UASC dates. */
public final class ChildDetailRules implements RuleGroup {

    /** UASC children younger than this on 31 March are queried by rule 231 (UNCONFIRMED threshold). */
    static final int UASC_QUERY_AGE = 10;

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                // DfE rule 209: school age here means 4 or over on 31 August before the collection year began
                new RowRule("209", HEADER, (ctx, h) -> "UN1".equals(h.get("UPN")) && h.date("DOB") != null
                        && Ages.atLeast(h.date("DOB"), LocalDate.of(ctx.year() - 2, 8, 31), 4)),
                new ChildRule("210", HEADER, (ctx, child, rows, sink) -> {
                    if ("UN4".equals(rows.get(0).get("UPN")) && lookedAfterOverAWeekAtYearEnd(ctx, child)) {
                        sink.fail(rows.get(0));
                    }
                }),
                new RowRule("231", HEADER, (ctx, h) -> !ctx.rowsOf(UASC, h.child()).isEmpty() && h.date("DOB") != null
                        && !Ages.atLeast(h.date("DOB"), ctx.end(), UASC_QUERY_AGE)),
                new RowRule("232", HEADER, (ctx, h) -> "U".equals(h.get("SEX"))),
                new RowRule("301", HEADER, (ctx, h) -> h.date("DOB") != null && h.date("DOB").isAfter(ctx.end())),
                new ChildRule("302", EPISODES, (ctx, child, eps, sink) -> {
                    var dob = ctx.dateOfBirth(child).orElse(null);
                    var first = eps.get(0);
                    if (dob != null && first.date("DECOM") != null && first.date("DECOM").isBefore(dob)) {
                        sink.fail(first);
                    }
                }),
                // the UASC flag is derived (UascStatus): a DUC before the year began means not UASC this year
                new RowRule("303", UASC, (ctx, u) -> !u.isBlank("DUC")
                        && !UascStatus.inYear(List.of(u), ctx.start())),
                new RowRule("304", UASC, (ctx, u) -> {
                    var dob = u.date("DOB") != null ? u.date("DOB") : ctx.dateOfBirth(u.child()).orElse(null);
                    var ceased = u.date("DUC");
                    return dob != null && ceased != null && ceased.isAfter(Ages.birthday(dob, 18));
                }),
                new RowRule("351", HEADER, (ctx, h) -> h.date("DOB") != null
                        && Ages.birthday(h.date("DOB"), 25).isBefore(ctx.start())),
                new RowRule("393", HEADER, ChildDetailRules::motherMissing),
                new ChildRule("399", HEADER, (ctx, child, rows, sink) -> {
                    if (!onlyShortBreaks(ctx, child)) {
                        return;
                    }
                    if (!rows.get(0).isBlank("MOTHER")) {
                        sink.fail(rows.get(0));
                    }
                    for (var review : ctx.rowsOf(REVIEWS, child)) {
                        if (!review.isBlank("REVIEW") || !review.isBlank("REVIEW_CODE")) {
                            sink.fail(review);
                        }
                    }
                }));
    }

    /**
     * UN4 is for children newly looked after in the last week of the year (DOMAIN.md §1.4.2): the
     * child is looked after at 31 March and the period of care began before 24 March.
     */
    private static boolean lookedAfterOverAWeekAtYearEnd(RuleContext ctx, String child) {
        var eps = ctx.rowsOf(EPISODES, child);
        if (eps.isEmpty() || !eps.get(eps.size() - 1).isBlank("DEC")) {
            return false;
        }
        var periodStart = eps.get(EpisodeChain.periodStartIndex(eps, eps.size() - 1)).date("DECOM");
        var weekBefore = MonthDay.of(3, 24).atYear(ctx.year());
        return periodStart != null && periodStart.isBefore(weekBefore);
    }

    /**
     * DfE rule 393: a girl looked after other than on short breaks has MOTHER recorded (0 or 1),
     * whatever her age (the message sets no age).
     */
    private static boolean motherMissing(RuleContext ctx, Ssda903Row h) {
        boolean girl = "2".equals(h.get("SEX")) || "F".equals(h.get("SEX"));
        return girl && h.isBlank("MOTHER")
                && ctx.rowsOf(EPISODES, h.child()).stream().anyMatch(e -> !EpisodeChain.isShortBreak(e));
    }

    /** A child whose every episode is a short break (V3/V4) has no statutory reviews or MOTHER. */
    private static boolean onlyShortBreaks(RuleContext ctx, String child) {
        var eps = ctx.rowsOf(EPISODES, child);
        return !eps.isEmpty() && eps.stream().allMatch(EpisodeChain::isShortBreak);
    }
}
