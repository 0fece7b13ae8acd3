package org.ourpromise.returns.rules.reviews;

import static org.ourpromise.returns.Ssda903Table.EPISODES;
import static org.ourpromise.returns.Ssda903Table.PLACED_ADOPTION;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.RuleSink;
import org.ourpromise.returns.rules.ValidationRule;
import org.ourpromise.returns.rules.support.EpisodeChain;
import org.ourpromise.returns.rules.support.CodeGroups;
import org.ourpromise.returns.rules.support.EachChildRule;

/**
 * Rules that placements for adoption (A3–A6) and adoption orders (placement order E1; freeing
 * order D1 in the years DfE still checks it) rest on a recorded decision that the child should be
 * placed for adoption, made before them (DOMAIN.md §1.4.4, §1.4.6, §1.3 PlacedAdoption). A
 * placement or order is judged where it began: the first episode of each unbroken run.
 */
public final class AdoptionOrderRules implements RuleGroup {

    private static final Predicate<Ssda903Row> PLACED = e -> CodeGroups.PLACED_FOR_ADOPTION.contains(e.get("PLACE"));
    private static final Predicate<Ssda903Row> PLACEMENT_ORDER = e -> "E1".equals(e.get("LS"));
    private static final Predicate<Ssda903Row> FREEING_ORDER = e -> "D1".equals(e.get("LS"));

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                new EachChildRule("551", List.of(EPISODES), (ctx, child, sink) -> undecided(ctx, child, PLACED, sink)),
                new EachChildRule("552", List.of(EPISODES), (ctx, child, sink) -> decidedTooLate(ctx, child, PLACED, sink)),
                new EachChildRule("553", List.of(EPISODES), (ctx, child, sink) -> orderWithoutDecision(ctx, child, PLACEMENT_ORDER, sink)),
                new EachChildRule("554", List.of(EPISODES), (ctx, child, sink) -> decidedTooLate(ctx, child, PLACEMENT_ORDER, sink)),
                new EachChildRule("555", List.of(EPISODES), (ctx, child, sink) -> orderWithoutDecision(ctx, child, FREEING_ORDER, sink)),
                new EachChildRule("556", List.of(EPISODES), (ctx, child, sink) -> decidedTooLate(ctx, child, FREEING_ORDER, sink)),
                new EachChildRule("557", List.of(EPISODES), AdoptionOrderRules::leftCareWithoutReversal));
    }

    /** 551: placed for adoption with no dated decision at all. */
    private static void undecided(RuleContext ctx, String child, Predicate<Ssda903Row> event, RuleSink sink) {
        if (!AdoptionDecisions.anyDated(ctx.rowsOf(PLACED_ADOPTION, child))) {
            EpisodeChain.runStarts(ctx.rowsOf(EPISODES, child), event).forEach(sink::fail);
        }
    }

    /** 552, 554, 556: every dated decision comes after the placement or order began. */
    private static void decidedTooLate(RuleContext ctx, String child, Predicate<Ssda903Row> event, RuleSink sink) {
        var decisions = ctx.rowsOf(PLACED_ADOPTION, child);
        for (var start : EpisodeChain.runStarts(ctx.rowsOf(EPISODES, child), event)) {
            LocalDate began = start.date("DECOM");
            if (began == null) {
                continue;
            }
            var late = AdoptionDecisions.allAfter(decisions, began);
            if (!late.isEmpty()) {
                sink.fail(start);
                late.forEach(sink::fail);
            }
        }
    }

    /**
     * 553, 555: an order with no dated decision (the order's first episode is reported); and while
     * the order is still open, the latest decision cannot be recorded as reversed (that row is).
     */
    private static void orderWithoutDecision(RuleContext ctx, String child, Predicate<Ssda903Row> order,
            RuleSink sink) {
        var decisions = ctx.rowsOf(PLACED_ADOPTION, child);
        var episodes = ctx.rowsOf(EPISODES, child);
        if (!AdoptionDecisions.anyDated(decisions)) {
            EpisodeChain.runStarts(episodes, order).forEach(sink::fail);
        }
        var latest = AdoptionDecisions.latest(decisions);
        boolean orderOpen = episodes.stream().anyMatch(e -> order.test(e) && e.isBlank("DEC"));
        if (latest != null && orderOpen && AdoptionDecisions.isReversed(latest)) {
            sink.fail(latest);
        }
    }

    /**
     * 557: a period of care that included a placement for adoption or a placement order (and, in
     * 2023-24, a freeing order) and ended other than by adoption leaves the latest decision
     * reversed, with both its date and reason. The episode that ended care is reported, and the
     * incomplete decision.
     */
    private static void leftCareWithoutReversal(RuleContext ctx, String child, RuleSink sink) {
        Predicate<Ssda903Row> adoptionPath = PLACED.or(PLACEMENT_ORDER)
                .or(e -> ctx.year() <= 2024 && FREEING_ORDER.test(e));
        var latest = AdoptionDecisions.latest(ctx.rowsOf(PLACED_ADOPTION, child));
        for (var period : EpisodeChain.periods(ctx.rowsOf(EPISODES, child))) {
            var last = period.get(period.size() - 1);
            String rec = last.get("REC");
            if (rec.isEmpty() || rec.equals("X1") || CodeGroups.ADOPTED.contains(rec) || period.stream().noneMatch(adoptionPath)) {
                continue;
            }
            if (latest == null) {
                sink.fail(last);
            } else if (latest.isBlank("DATE_PLACED_CEASED") || latest.isBlank("REASON_PLACED_CEASED")) {
                sink.fail(last);
                sink.fail(latest);
            }
        }
    }

}
