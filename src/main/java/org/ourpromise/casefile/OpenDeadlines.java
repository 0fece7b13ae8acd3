package org.ourpromise.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.timescales.AdviserContactTerms;
import org.ourpromise.timescales.DeadlineEngine;
import org.ourpromise.timescales.DeadlineRule;
import org.ourpromise.timescales.DueItem;
import org.ourpromise.timescales.DueStatus;
import org.ourpromise.timescales.TimescaleSettings;

/**
 * What is due or overdue for a child today: for each rule, the open item of its most recent chain, and the items
 * missed whose duty has lapsed (decision 0086). The engine keeps every missed deadline (timeliness and the measures
 * count them in the period they fell in); a worker's list holds only what can still be done, so an undone item
 * lapses when the child left care (duties while in care), when an earlier period of care ended, when the young
 * person's leaving-care entitlement ended (pathway plan and adviser contacts), or when a later event met the same
 * need (a later visit or review restarted the clock). The lapsed ones that were overdue are the record's "missed".
 */
public record OpenDeadlines(List<DueItem> items, @Nullable DueItem nextReview, List<DueItem> missed) {

    private static final List<DeadlineRule> REVIEWS = List.of(DeadlineRule.REVIEW_FIRST, DeadlineRule.REVIEW_SECOND,
            DeadlineRule.REVIEW_SUBSEQUENT, DeadlineRule.SHORT_BREAK_REVIEW_FIRST,
            DeadlineRule.SHORT_BREAK_REVIEW_SUBSEQUENT);
    /** Owed to a care leaver after care, while their entitlement lasts. */
    private static final Set<DeadlineRule> AFTER_CARE = EnumSet.of(DeadlineRule.PATHWAY_PLAN_REVIEW,
            DeadlineRule.PA_CONTACT);
    /** Owed between short breaks too: the engine ends them itself when the arrangement lapses. */
    private static final Set<DeadlineRule> SHORT_BREAKS = EnumSet.of(DeadlineRule.SHORT_BREAK_REVIEW_FIRST,
            DeadlineRule.SHORT_BREAK_REVIEW_SUBSEQUENT, DeadlineRule.VISIT_SHORT_BREAK);
    /** Rules whose items meet one need: a later item of any of them means a later event restarted the clock. */
    private static final List<Set<DeadlineRule>> SAME_NEED = List.of(
            EnumSet.of(DeadlineRule.REVIEW_FIRST, DeadlineRule.REVIEW_SECOND, DeadlineRule.REVIEW_SUBSEQUENT),
            EnumSet.of(DeadlineRule.PEP_INITIAL, DeadlineRule.PEP_REVIEW),
            visits());

    public static OpenDeadlines of(ChildRecord child, LocalDate today, @Nullable LocalDate currentPeriodStart,
            TimescaleSettings settings) {
        return of(child, today, currentPeriodStart, settings, null);
    }

    /** As {@link #of(ChildRecord, LocalDate, LocalDate, TimescaleSettings)}, with the end of the leaving-care duty. */
    public static OpenDeadlines of(ChildRecord child, LocalDate today, @Nullable LocalDate currentPeriodStart,
            TimescaleSettings settings, @Nullable LocalDate dutyEnds) {
        return of(child, today, currentPeriodStart, settings, dutyEnds, null);
    }

    /** As above, with the terms of the adviser's contact duty ({@link LeavingCareDuty#contactTerms}). */
    public static OpenDeadlines of(ChildRecord child, LocalDate today, @Nullable LocalDate currentPeriodStart,
            TimescaleSettings settings, @Nullable LocalDate dutyEnds, @Nullable AdviserContactTerms contactTerms) {
        return from(DeadlineEngine.englandAndWales().dueItems(child, today, settings, dutyEnds, contactTerms),
                currentPeriodStart, dutyEnds, today);
    }

    /**
     * The open items among a child's due items already computed by the engine (worklists compute them
     * once for the whole council and reuse them here, so both pages apply the same rule).
     *
     * @param currentPeriodStart the start of the period of care the child is in today; null when not in care
     * @param dutyEnds           the first day the leaving-care duty is no longer owed; null when not known
     */
    public static OpenDeadlines from(List<DueItem> allItems, @Nullable LocalDate currentPeriodStart,
            @Nullable LocalDate dutyEnds, LocalDate today) {
        // a midway check missed before the next review was held can no longer be done: it stays missed (timeliness
        // counts it) but is not work to do
        LocalDate lastReview = allItems.stream().filter(i -> REVIEWS.contains(i.rule()) && i.satisfiedOn() != null)
                .map(DueItem::satisfiedOn).max(Comparator.naturalOrder()).orElse(null);
        var latestByRule = new LinkedHashMap<DeadlineRule, DueItem>();
        var missed = new ArrayList<DueItem>();
        var stillOpen = new ArrayList<DueItem>();
        for (var item : allItems) {
            if (item.status().isDone()) {
                continue;
            }
            boolean lapsed = item.rule() == DeadlineRule.IRO_MIDWAY_CHECK && lastReview != null
                    && lastReview.isAfter(item.triggeredOn())
                    || lapsed(item, currentPeriodStart, dutyEnds, today) || metLater(item, allItems);
            if (lapsed) {
                if (item.status() == DueStatus.OVERDUE) {
                    missed.add(item);
                }
                continue;
            }
            stillOpen.add(item);
            latestByRule.merge(item.rule(), item, (a, b) -> b.triggeredOn().isAfter(a.triggeredOn()) ? b : a);
        }
        // an earlier item of a rule whose chain has moved on was met by nothing and can no longer be
        for (var item : stillOpen) {
            if (latestByRule.get(item.rule()) != item && item.status() == DueStatus.OVERDUE) {
                missed.add(item);
            }
        }
        var items = latestByRule.values().stream().sorted(Comparator.comparing(DueItem::due)).toList();
        Optional<DueItem> review = items.stream().filter(i -> REVIEWS.contains(i.rule())).findFirst();
        missed.sort(Comparator.comparing(DueItem::due).reversed());
        return new OpenDeadlines(items, review.orElse(null), List.copyOf(missed));
    }

    /** The duty behind the item ended: care ended (or an earlier period), or the leaving-care entitlement. */
    static boolean lapsed(DueItem item, @Nullable LocalDate currentPeriodStart, @Nullable LocalDate dutyEnds,
            LocalDate today) {
        if (AFTER_CARE.contains(item.rule())) {
            return dutyEnds != null && (!today.isBefore(dutyEnds) || !item.due().isBefore(dutyEnds));
        }
        if (SHORT_BREAKS.contains(item.rule())) {
            return false;
        }
        return currentPeriodStart == null || item.triggeredOn().isBefore(currentPeriodStart);
    }

    /** A later item meeting the same need was started: the event that started it met this need too. */
    private static boolean metLater(DueItem item, List<DueItem> all) {
        for (var need : SAME_NEED) {
            if (need.contains(item.rule())) {
                return all.stream().anyMatch(o -> o.rule() != item.rule() && need.contains(o.rule())
                        && o.triggeredOn().isAfter(item.triggeredOn()));
            }
        }
        return false;
    }

    private static Set<DeadlineRule> visits() {
        var visits = EnumSet.noneOf(DeadlineRule.class);
        for (var rule : DeadlineRule.values()) {
            if (rule.name().startsWith("VISIT_") && rule != DeadlineRule.VISIT_SHORT_BREAK) {
                visits.add(rule);
            }
        }
        return visits;
    }
}
