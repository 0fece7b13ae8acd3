package org.ourpromise.returns.rules.reviews;

import static org.ourpromise.returns.Ssda903Table.AD1;
import static org.ourpromise.returns.Ssda903Table.EPISODES;
import static org.ourpromise.returns.Ssda903Table.PLACED_ADOPTION;

import java.time.LocalDate;
import java.util.List;
import org.ourpromise.returns.rules.RowRule;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.RuleSink;
import org.ourpromise.returns.rules.ValidationRule;
import org.ourpromise.returns.rules.support.EpisodeChain;
import org.ourpromise.returns.rules.support.CodeGroups;
import org.ourpromise.returns.rules.support.EachChildRule;
import org.ourpromise.returns.Ssda903Table;

/**
 * Rules that the adoption record (AD1), the decisions that the child should be placed for
 * adoption (PlacedAdoption) and the adoption placement agree (DOMAIN.md §1.3 AD1, PlacedAdoption).
 * Where two tables contradict each other both rows are reported.
 */
public final class AdoptionDecisionRules implements RuleGroup {

    /** The children these rules look at: those with a decision to place for adoption or an adoption. */
    private static final List<Ssda903Table> DECISION_TABLES = List.of(PLACED_ADOPTION, AD1);

    private static final List<String> ADOPTION_DETAILS =
            List.of("DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR");

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                new EachChildRule("521", DECISION_TABLES, AdoptionDecisionRules::decisionAfterPlacement),
                new RowRule("522", PLACED_ADOPTION, (ctx, d) -> d.date("DATE_PLACED") != null
                        && d.date("DATE_PLACED_CEASED") != null
                        && d.date("DATE_PLACED_CEASED").isBefore(d.date("DATE_PLACED"))),
                new EachChildRule("523", DECISION_TABLES, AdoptionDecisionRules::decisionDatesDisagree),
                new EachChildRule("525", DECISION_TABLES, AdoptionDecisionRules::adoptedAfterReversal),
                new EachChildRule("558", DECISION_TABLES, AdoptionDecisionRules::reversalRecordedForAdoptedChild),
                new EachChildRule("559", DECISION_TABLES, AdoptionDecisionRules::earlierDecisionMissingLastYear));
    }

    /**
     * 521: DATE_INT is on or before the child was placed for adoption: the start of the latest
     * run of A3–A6 placements, the placement that led to this adoption.
     */
    private static void decisionAfterPlacement(RuleContext ctx, String child, RuleSink sink) {
        var starts = EpisodeChain.runStarts(ctx.rowsOf(EPISODES, child),
                e -> CodeGroups.PLACED_FOR_ADOPTION.contains(e.get("PLACE")));
        if (starts.isEmpty()) {
            return;
        }
        var placed = starts.get(starts.size() - 1);
        for (var ad1 : ctx.rowsOf(AD1, child)) {
            LocalDate decided = ad1.date("DATE_INT");
            LocalDate began = placed.date("DECOM");
            if (decided != null && began != null && decided.isAfter(began)) {
                sink.fail(ad1);
                sink.fail(placed);
            }
        }
    }

    /** 523: DATE_INT is one of the child's decision dates (DATE_PLACED). */
    private static void decisionDatesDisagree(RuleContext ctx, String child, RuleSink sink) {
        var decisions = ctx.rowsOf(PLACED_ADOPTION, child).stream().filter(d -> d.date("DATE_PLACED") != null).toList();
        for (var ad1 : ctx.rowsOf(AD1, child)) {
            LocalDate decided = ad1.date("DATE_INT");
            if (decided == null || decisions.isEmpty()
                    || decisions.stream().anyMatch(d -> decided.equals(d.date("DATE_PLACED")))) {
                continue;
            }
            sink.fail(ad1);
            decisions.forEach(sink::fail);
        }
    }

    /** 525: a child whose latest decision was reversed has no adoption details. */
    private static void adoptedAfterReversal(RuleContext ctx, String child, RuleSink sink) {
        var latest = AdoptionDecisions.latest(ctx.rowsOf(PLACED_ADOPTION, child));
        if (latest == null || latest.isBlank("DATE_PLACED_CEASED")) {
            return;
        }
        for (var ad1 : ctx.rowsOf(AD1, child)) {
            if (ADOPTION_DETAILS.stream().anyMatch(f -> !ad1.isBlank(f))) {
                sink.fail(ad1);
                sink.fail(latest);
            }
        }
    }

    /** 558: an adopted child's (REC E11/E12) latest decision was not reversed. */
    private static void reversalRecordedForAdoptedChild(RuleContext ctx, String child, RuleSink sink) {
        var latest = AdoptionDecisions.latest(ctx.rowsOf(PLACED_ADOPTION, child));
        if (latest == null || latest.isBlank("DATE_PLACED_CEASED")) {
            return;
        }
        for (var e : ctx.rowsOf(EPISODES, child)) {
            if (CodeGroups.ADOPTED.contains(e.get("REC"))) {
                sink.fail(e);
                sink.fail(latest);
            }
        }
    }

    /**
     * 559: a decision dated before this collection year was returned last year: last year's
     * PlacedAdoption has a dated decision for the child. Needs last year's return.
     */
    private static void earlierDecisionMissingLastYear(RuleContext ctx, String child, RuleSink sink) {
        if (!ctx.hasPrevious()) {
            return;
        }
        for (var d : ctx.rowsOf(PLACED_ADOPTION, child)) {
            LocalDate decided = d.date("DATE_PLACED");
            if (decided != null && decided.isBefore(ctx.start())
                    && !AdoptionDecisions.anyDated(ctx.previousRowsOf(PLACED_ADOPTION, child))) {
                sink.fail(d);
            }
        }
    }

}
