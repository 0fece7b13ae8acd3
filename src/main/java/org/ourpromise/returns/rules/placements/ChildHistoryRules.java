package org.ourpromise.returns.rules.placements;

import static org.ourpromise.returns.Ssda903Table.EPISODES;
import static org.ourpromise.returns.Ssda903Table.HEADER;
import static org.ourpromise.returns.Ssda903Table.UASC;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.RuleSink;
import org.ourpromise.returns.rules.ValidationRule;
import org.ourpromise.returns.rules.support.ChildRule;

/**
 * Rules that compare the child's Header (and UASC status) with last year's return: what was
 * recorded once (sex, date of birth, ethnicity, mother status, UPN, UASC) should not change.
 */
public final class ChildHistoryRules implements RuleGroup {

    private static final Set<String> UNKNOWN_UPN = Set.of("UN1", "UN2", "UN3", "UN4", "UN5");

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                headerVsLast("202", (ctx, now, last) -> differ(sex(now), sex(last))),
                headerVsLast("203", (ctx, now, last) -> differ(now.get("DOB"), last.get("DOB"))),
                headerVsLast("204", (ctx, now, last) -> differ(now.get("ETHNIC"), last.get("ETHNIC"))),
                headerVsLast("207", (ctx, now, last) -> "1".equals(last.get("MOTHER"))
                        && !"1".equals(now.get("MOTHER")) && !ctx.rowsOf(EPISODES, now.child()).isEmpty()),
                headerVsLast("208", (ctx, now, last) -> isRealUpn(last.get("UPN"))
                        && !last.get("UPN").equals(now.get("UPN"))),
                uascRule("205A", ChildHistoryRules::uascCeasedLastYear),
                uascRule("205B", ChildHistoryRules::uascBothYears),
                uascRule("205C", ChildHistoryRules::uascNeitherYear),
                uascRule("205D", ChildHistoryRules::uascOnlyThisYear));
    }

    @FunctionalInterface
    private interface Comparison {
        boolean fails(RuleContext ctx, Ssda903Row now, Ssda903Row last);
    }

    private static ValidationRule headerVsLast(String code, Comparison comparison) {
        return new ChildRule(code, HEADER, (ctx, child, rows, sink) -> {
            var last = ctx.previousRowsOf(HEADER, child);
            if (!last.isEmpty() && comparison.fails(ctx, rows.get(0), last.get(0))) {
                sink.fail(rows.get(0));
            }
        });
    }

    /** Both recorded and different; a blank on either side is for other rules. */
    private static boolean differ(String now, String last) {
        return !now.isEmpty() && !last.isEmpty() && !now.equals(last);
    }

    /** SEX 1/2 up to 2023-24 and M/F from 2024-25 (DOMAIN.md §1.3) compare as the same child. */
    private static String sex(Ssda903Row header) {
        return switch (header.get("SEX")) {
            case "1" -> "M";
            case "2" -> "F";
            default -> header.get("SEX");
        };
    }

    private static boolean isRealUpn(String upn) {
        return !upn.isEmpty() && !UNKNOWN_UPN.contains(upn);
    }

    /** One child's UASC rows and status this year and last (see {@link UascStatus}). */
    private record Uasc(Ssda903Row header, Ssda903Row now, Ssda903Row last, boolean inLastReturn,
            boolean thisYear, boolean lastYear, LocalDate start) {

        LocalDate ducNow() {
            return now == null ? null : now.date("DUC");
        }

        LocalDate ducLast() {
            return last == null ? null : last.date("DUC");
        }
    }

    @FunctionalInterface
    private interface UascCheck {
        boolean fails(Uasc u);
    }

    /** Reports the child's UASC row (when there is one) and Header row. */
    private static ValidationRule uascRule(String code, UascCheck check) {
        return new ValidationRule() {
            @Override
            public String code() {
                return code;
            }

            @Override
            public void check(RuleContext ctx, RuleSink sink) {
                var children = new java.util.HashSet<String>(ctx.byChild(UASC).keySet());
                for (var r : ctx.previousRows(UASC)) {
                    children.add(r.child());
                }
                var start = ctx.start();
                for (var child : children) {
                    var now = ctx.rowsOf(UASC, child);
                    var last = ctx.previousRowsOf(UASC, child);
                    var u = new Uasc(ctx.header(child).orElse(null), UascStatus.first(now), UascStatus.first(last),
                            !ctx.previousRowsOf(HEADER, child).isEmpty() || !last.isEmpty(),
                            UascStatus.inYear(now, start), UascStatus.inYear(last, start.minusYears(1)), start);
                    if (check.fails(u)) {
                        if (u.now() != null) {
                            sink.fail(u.now());
                        }
                        if (u.header() != null) {
                            sink.fail(u.header());
                        }
                    }
                }
            }
        };
    }

    /** 205A: UASC last year, not this year, so the status ceased last year: last year's DUC must say so. */
    private static boolean uascCeasedLastYear(Uasc u) {
        if (!u.lastYear() || u.thisYear()) {
            return false;
        }
        var ceased = u.ducLast();
        return ceased == null || ceased.isBefore(u.start().minusYears(1)) || !ceased.isBefore(u.start());
    }

    /** 205B: UASC in both years: a DUC recorded last year is a fact and must be repeated unchanged. */
    private static boolean uascBothYears(Uasc u) {
        if (!u.thisYear() || !u.lastYear() || u.last() == null || u.last().isBlank("DUC")) {
            return false;
        }
        return !Objects.equals(u.last().get("DUC"), u.now() == null ? "" : u.now().get("DUC"));
    }

    /** 205C: UASC in neither year, yet this year's return gives a DUC. */
    private static boolean uascNeitherYear(Uasc u) {
        return !u.thisYear() && !u.lastYear() && u.now() != null && !u.now().isBlank("DUC");
    }

    /** 205D: UASC this year, but the child was in last year's return without UASC status. */
    private static boolean uascOnlyThisYear(Uasc u) {
        return u.thisYear() && !u.lastYear() && u.inLastReturn();
    }
}
