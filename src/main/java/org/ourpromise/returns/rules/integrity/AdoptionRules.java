package org.ourpromise.returns.rules.integrity;

import static org.ourpromise.returns.Ssda903Table.AD1;
import static org.ourpromise.returns.Ssda903Table.EPISODES;
import static org.ourpromise.returns.Ssda903Table.PLACED_ADOPTION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RowRule;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.RuleSink;
import org.ourpromise.returns.rules.ValidationRule;
import org.ourpromise.returns.rules.support.ReportedOnce;
import org.ourpromise.returns.rules.support.CrossTableRule;
import org.ourpromise.returns.rules.support.DatedPeriods;
import org.ourpromise.returns.rules.support.CodeGroups;

/**
 * Decisions that a child should be placed for adoption (PlacedAdoption, compared with last year's)
 * and the AD1 record of a child adopted in the year (DOMAIN.md §1.3 AD1, PlacedAdoption).
 */
public final class AdoptionRules implements RuleGroup {

    /** Adoption order granted: the period of care ends by adoption (DOMAIN.md §1.1). */
    private static final List<String> AD1_FIELDS =
            List.of("DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR");

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                new CrossTableRule("560", AdoptionRules::openDecisionNotCarriedForward),
                new RowRule("561", PLACED_ADOPTION, AdoptionRules::repeatsDecisionCeasedLastYear),
                new RowRule("563", PLACED_ADOPTION, (ctx, r) -> r.isBlank("DATE_PLACED")
                        && !(r.isBlank("DATE_PLACED_CEASED") && r.isBlank("REASON_PLACED_CEASED"))),
                new CrossTableRule("579", AdoptionRules::overlappingDecisions),
                new CrossTableRule("582", (ctx, sink) -> matchedOnTheDayOfAdoption(ctx, new ReportedOnce(sink))),
                new CrossTableRule("583", AdoptionRules::earlierDecisionNotRevoked),
                new RowRule("584", PLACED_ADOPTION, AdoptionRules::newDecisionNotAfterCeasedOne),
                new CrossTableRule("601", AdoptionRules::adoptedWithoutAd1),
                new RowRule("602", AD1, (ctx, r) -> adoptionInYear(ctx, r.child()) == null));
    }

    /**
     * DfE rule 560: a decision still open at the end of last year (no date or reason ceased) is the
     * same decision this year, so this year's rows must carry its DATE_PLACED. When none does,
     * the rows with a different date are reported.
     */
    private static void openDecisionNotCarriedForward(RuleContext ctx, RuleSink sink) {
        for (var entry : ctx.byChild(PLACED_ADOPTION).entrySet()) {
            LocalDate open = null;
            for (var last : ctx.previousRowsOf(PLACED_ADOPTION, entry.getKey())) {
                if (last.date("DATE_PLACED") != null && last.isBlank("DATE_PLACED_CEASED")
                        && last.isBlank("REASON_PLACED_CEASED")) {
                    open = last.date("DATE_PLACED");
                }
            }
            if (open == null) {
                continue;
            }
            var rows = entry.getValue();
            LocalDate carried = open;
            if (rows.stream().noneMatch(r -> carried.equals(r.date("DATE_PLACED")))) {
                rows.forEach(sink::fail);
            }
        }
    }

    /** DfE rule 561: a decision that ceased last year is reported again this year as if it stood. */
    private static boolean repeatsDecisionCeasedLastYear(RuleContext ctx, Ssda903Row r) {
        var placed = r.date("DATE_PLACED");
        if (placed == null) {
            return false;
        }
        for (var last : ctx.previousRowsOf(PLACED_ADOPTION, r.child())) {
            if (placed.equals(last.date("DATE_PLACED"))
                    && !(last.isBlank("DATE_PLACED_CEASED") && last.isBlank("REASON_PLACED_CEASED"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * DfE rule 584: after last year's decision ceased, a decision reported this year with another
     * date must be a new one, made after the ceased decision.
     */
    private static boolean newDecisionNotAfterCeasedOne(RuleContext ctx, Ssda903Row r) {
        var placed = r.date("DATE_PLACED");
        if (placed == null) {
            return false;
        }
        for (var last : ctx.previousRowsOf(PLACED_ADOPTION, r.child())) {
            var lastPlaced = last.date("DATE_PLACED");
            boolean ceased = !(last.isBlank("DATE_PLACED_CEASED") && last.isBlank("REASON_PLACED_CEASED"));
            if (ceased && lastPlaced != null && placed.isBefore(lastPlaced)) {
                return true;
            }
        }
        return false;
    }

    /**
     * DfE rule 579: in date order, a decision may not start while the previous one is open or
     * before the date the previous one ceased. The later decision is reported.
     */
    private static void overlappingDecisions(RuleContext ctx, RuleSink sink) {
        for (var rows : ctx.byChild(PLACED_ADOPTION).values()) {
            if (rows.size() < 2) {
                continue;
            }
            Ssda903Row previous = null;
            for (var r : DatedPeriods.byStart(rows, "DATE_PLACED", "DATE_PLACED_CEASED")) {
                if (previous != null) {
                    var ceased = previous.date("DATE_PLACED_CEASED");
                    if (ceased == null || r.date("DATE_PLACED").isBefore(ceased)) {
                        sink.fail(r);
                    }
                }
                previous = r;
            }
        }
    }

    /** DfE rule 583: with several decisions, every one but the latest must have been revoked. */
    private static void earlierDecisionNotRevoked(RuleContext ctx, RuleSink sink) {
        for (var rows : ctx.byChild(PLACED_ADOPTION).values()) {
            var dated = DatedPeriods.byStart(rows, "DATE_PLACED", "DATE_PLACED_CEASED");
            for (int i = 0; i < dated.size() - 1; i++) {
                if (dated.get(i).isBlank("DATE_PLACED_CEASED")) {
                    sink.fail(dated.get(i));
                }
            }
        }
    }

    /** The episode that ended by adoption within the collection year, or null. */
    private static Ssda903Row adoptionInYear(RuleContext ctx, String child) {
        for (var e : ctx.rowsOf(EPISODES, child)) {
            var dec = e.date("DEC");
            if (CodeGroups.ADOPTED.contains(e.get("REC")) && dec != null && !dec.isBefore(ctx.start())
                    && !dec.isAfter(ctx.end())) {
                return e;
            }
        }
        return null;
    }

    /** DfE rule 582: matched with adopters on the day of the adoption order; both rows reported. */
    private static void matchedOnTheDayOfAdoption(RuleContext ctx, RuleSink sink) {
        for (var ad1 : ctx.rows(AD1)) {
            var matched = ad1.date("DATE_MATCH");
            if (matched == null) {
                continue;
            }
            var episodes = new ArrayList<Ssda903Row>();
            for (var e : ctx.rowsOf(EPISODES, ad1.child())) {
                if (CodeGroups.ADOPTED.contains(e.get("REC")) && matched.equals(e.date("DEC"))) {
                    episodes.add(e);
                }
            }
            if (!episodes.isEmpty()) {
                sink.fail(ad1);
                episodes.forEach(sink::fail);
            }
        }
    }

    /**
     * DfE rule 601: a child adopted in the year needs a complete AD1 row. Without any AD1 row the
     * adoption episode is reported; with an incomplete one, the AD1 row.
     */
    private static void adoptedWithoutAd1(RuleContext ctx, RuleSink sink) {
        for (var child : ctx.byChild(EPISODES).keySet()) {
            var adoption = adoptionInYear(ctx, child);
            if (adoption == null) {
                continue;
            }
            var ad1 = ctx.rowsOf(AD1, child);
            if (ad1.isEmpty()) {
                sink.fail(adoption);
            }
            for (var row : ad1) {
                if (AD1_FIELDS.stream().anyMatch(row::isBlank)) {
                    sink.fail(row);
                }
            }
        }
    }
}
