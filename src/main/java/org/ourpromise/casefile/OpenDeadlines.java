package org.ourpromise.casefile;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.timescales.DeadlineEngine;
import org.ourpromise.timescales.DeadlineRule;
import org.ourpromise.timescales.DueItem;
import org.ourpromise.timescales.TimescaleSettings;

/**
 * What is due or overdue for a child today: for each rule, the open item of its most recent chain.
 * The engine keeps missed deadlines of ended periods (timeliness needs them); a worker's page does
 * not, so an item triggered before the current period of care began is left out.
 */
public record OpenDeadlines(List<DueItem> items, @Nullable DueItem nextReview) {

    private static final List<DeadlineRule> REVIEWS = List.of(DeadlineRule.REVIEW_FIRST, DeadlineRule.REVIEW_SECOND,
            DeadlineRule.REVIEW_SUBSEQUENT, DeadlineRule.SHORT_BREAK_REVIEW_FIRST,
            DeadlineRule.SHORT_BREAK_REVIEW_SUBSEQUENT);

    public static OpenDeadlines of(ChildRecord child, LocalDate today, @Nullable LocalDate currentPeriodStart,
            TimescaleSettings settings) {
        return from(DeadlineEngine.englandAndWales().dueItems(child, today, settings), currentPeriodStart);
    }

    /**
     * The open items among a child's due items already computed by the engine (worklists compute them
     * once for the whole council and reuse them here, so both pages apply the same rule).
     */
    public static OpenDeadlines from(List<DueItem> allItems, @Nullable LocalDate currentPeriodStart) {
        // a midway check missed before the next review was held can no longer be done: it stays missed (timeliness
        // counts it) but is not work to do
        LocalDate lastReview = allItems.stream().filter(i -> REVIEWS.contains(i.rule()) && i.satisfiedOn() != null)
                .map(DueItem::satisfiedOn).max(Comparator.naturalOrder()).orElse(null);
        var latestByRule = new LinkedHashMap<DeadlineRule, DueItem>();
        for (var item : allItems) {
            if (item.status().isDone()) {
                continue;
            }
            if (item.rule() == DeadlineRule.IRO_MIDWAY_CHECK && lastReview != null
                    && lastReview.isAfter(item.triggeredOn())) {
                continue;
            }
            if (currentPeriodStart != null && item.triggeredOn().isBefore(currentPeriodStart)) {
                continue;
            }
            latestByRule.merge(item.rule(), item,
                    (a, b) -> b.triggeredOn().isAfter(a.triggeredOn()) ? b : a);
        }
        var items = latestByRule.values().stream().sorted(Comparator.comparing(DueItem::due)).toList();
        Optional<DueItem> review = items.stream().filter(i -> REVIEWS.contains(i.rule())).findFirst();
        return new OpenDeadlines(items, review.orElse(null));
    }
}
