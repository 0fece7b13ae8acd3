package org.ourpromise.returns.rules.integrity;

import static org.ourpromise.returns.Ssda903Table.EPISODES;
import static org.ourpromise.returns.Ssda903Table.PREV_PERM;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.ourpromise.returns.CodeList;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RowRule;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.RuleSink;
import org.ourpromise.returns.rules.ValidationRule;
import org.ourpromise.returns.rules.support.CrossTableRule;

/**
 * PrevPerm: the permanence option a child had before the period of care that started this year
 * (DOMAIN.md §1.3 PrevPerm, §1.4.16), required for children starting care from 1 April 2016.
 */
public final class PreviousPermanenceRules implements RuleGroup {

    /** PrevPerm is collected for children who started to be looked after on or after this day. */
    static final LocalDate PREV_PERM_COLLECTED_FROM = LocalDate.of(2016, 4, 1);
    /** Options that are an order made by a local authority: its code and date are expected. */
    private static final Set<String> ORDERS = Set.of("P1", "P2", "P3");
    /** DD/MM/YYYY where any element may be unknown: ZZ for day or month, ZZZZ for the year. */
    private static final Pattern PARTIAL_DATE = Pattern.compile("(\\d{2}|ZZ)/(\\d{2}|ZZ)/(\\d{4}|ZZZZ)");
    /** A three-digit DfE local authority number, or the codes for Wales, Scotland, Northern Ireland, outside the UK. */
    private static final Pattern LA_CODE = Pattern.compile("\\d{3}|WAL|SCO|NIR|NUK");

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                new CrossTableRule("630", PreviousPermanenceRules::startedWithoutPrevPerm),
                new CrossTableRule("631", (ctx, sink) -> {
                    var codes = CodeList.PREV_PERM.codes(ctx.year());
                    for (var r : ctx.rows(PREV_PERM)) {
                        if (!r.isBlank("PREV_PERM") && !codes.contains(r.get("PREV_PERM"))) {
                            sink.fail(r);
                        }
                    }
                }),
                new RowRule("632", PREV_PERM, PreviousPermanenceRules::orderDateInvalid),
                new RowRule("633", PREV_PERM, (ctx, r) -> !r.isBlank("LA_PERM")
                        && !LA_CODE.matcher(r.get("LA_PERM")).matches()),
                new RowRule("634", PREV_PERM, PreviousPermanenceRules::reportedForCareStartedBefore2016),
                new RowRule("635", PREV_PERM, (ctx, r) -> "Z1".equals(r.get("PREV_PERM"))
                        && !(r.isBlank("LA_PERM") && r.isBlank("DATE_PERM"))));
    }

    /**
     * DfE rule 630: a child who started a period of care this year (RNE S) needs a PrevPerm row with
     * PREV_PERM, and for an order (P1-P3) the LA and date too. Reported on the starting episode.
     * P4 ("unknown whether there was one") needs neither: our reading, the message does not say.
     */
    private static void startedWithoutPrevPerm(RuleContext ctx, RuleSink sink) {
        for (var e : ctx.rows(EPISODES)) {
            var decom = e.date("DECOM");
            if (!"S".equals(e.get("RNE")) || decom == null || decom.isBefore(ctx.start())) {
                continue;
            }
            var prev = ctx.rowsOf(PREV_PERM, e.child());
            boolean complete = prev.stream().anyMatch(p -> !p.isBlank("PREV_PERM")
                    && !(ORDERS.contains(p.get("PREV_PERM")) && (p.isBlank("LA_PERM") || p.isBlank("DATE_PERM"))));
            if (!complete) {
                sink.fail(e);
            }
        }
    }

    /**
     * DfE rule 632: DATE_PERM, when given, is a date (elements may be ZZ when unknown) before the
     * child's first episode in the return. A partly known date is compared by its year.
     */
    private static boolean orderDateInvalid(RuleContext ctx, Ssda903Row r) {
        var text = r.get("DATE_PERM").toUpperCase(java.util.Locale.ROOT);
        if (text.isEmpty()) {
            return false;
        }
        var m = PARTIAL_DATE.matcher(text);
        if (!m.matches()) {
            return true;
        }
        var full = Ssda903Dates.parseOrNull(text);
        boolean unknownPart = text.contains("Z");
        if (!unknownPart && full == null) {
            return true;
        }
        if (unknownPart && !validPartial(m.group(1), m.group(2))) {
            return true;
        }
        var firstDecom = CareFacts.firstDecom(ctx, r.child());
        if (firstDecom == null) {
            return false;
        }
        if (full != null) {
            return !full.isBefore(firstDecom);
        }
        return !m.group(3).equals("ZZZZ") && Integer.parseInt(m.group(3)) > firstDecom.getYear();
    }

    private static boolean validPartial(String day, String month) {
        boolean dayOk = day.equals("ZZ") || (Integer.parseInt(day) >= 1 && Integer.parseInt(day) <= 31);
        boolean monthOk = month.equals("ZZ") || (Integer.parseInt(month) >= 1 && Integer.parseInt(month) <= 12);
        return dayOk && monthOk;
    }

    /**
     * DfE rule 634: PrevPerm entries for a child whose current period of care began before
     * 1 April 2016. The period's start is its latest RNE S episode, else the first episode returned.
     */
    private static boolean reportedForCareStartedBefore2016(RuleContext ctx, Ssda903Row r) {
        if (r.isBlank("PREV_PERM") && r.isBlank("LA_PERM") && r.isBlank("DATE_PERM")) {
            return false;
        }
        var episodes = ctx.rowsOf(EPISODES, r.child());
        LocalDate periodStart = null;
        for (var e : episodes) {
            if ("S".equals(e.get("RNE")) && e.date("DECOM") != null) {
                periodStart = e.date("DECOM");
            }
        }
        if (periodStart == null) {
            periodStart = CareFacts.firstDecom(ctx, r.child());
        }
        return periodStart != null && periodStart.isBefore(PREV_PERM_COLLECTED_FROM);
    }
}
