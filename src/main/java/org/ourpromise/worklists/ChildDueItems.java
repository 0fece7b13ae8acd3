package org.ourpromise.worklists;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.CurrentFacts;
import org.ourpromise.casefile.OpenDeadlines;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.timescales.AdviserContactTerms;
import org.ourpromise.timescales.DeadlineEngine;
import org.ourpromise.timescales.DueItem;
import org.ourpromise.timescales.TimescaleSettings;

/**
 * One child's due items as at a day, with who is allocated to them that day: every item (done or not,
 * for timeliness) and the open ones a worklist shows (the record page's rule, {@link OpenDeadlines}).
 */
public record ChildDueItems(String childId, String name, @Nullable Allocation socialWorker,
        @Nullable Allocation reviewingOfficer, @Nullable Allocation personalAdviser, List<DueItem> all,
        List<DueItem> open) {

    static ChildDueItems of(ChildRecord child, LocalDate today, DeadlineEngine engine, TimescaleSettings settings) {
        return of(child, today, engine, settings, null);
    }

    /** As above, with the end of the leaving-care duty (after it, a care leaver's items are no longer work). */
    static ChildDueItems of(ChildRecord child, LocalDate today, DeadlineEngine engine, TimescaleSettings settings,
            @Nullable LocalDate dutyEnds) {
        return of(child, today, engine, settings, dutyEnds, null);
    }

    /** As above, with the terms of the adviser's contact duty (decision 0215: the contacts are the duty's). */
    static ChildDueItems of(ChildRecord child, LocalDate today, DeadlineEngine engine, TimescaleSettings settings,
            @Nullable LocalDate dutyEnds, @Nullable AdviserContactTerms contactTerms) {
        var all = engine.dueItems(child, today, settings, dutyEnds, contactTerms);
        var facts = CurrentFacts.of(child, today);
        var open = OpenDeadlines.from(all, facts.inCareSince(), dutyEnds, today).items();
        var identity = child.identity();
        return new ChildDueItems(child.childId(), identity.givenName() + " " + identity.familyName(),
                current(child, Allocation.Role.SOCIAL_WORKER, today),
                current(child, Allocation.Role.INDEPENDENT_REVIEWING_OFFICER, today),
                current(child, Allocation.Role.PERSONAL_ADVISER, today), all, open);
    }

    /** The allocation responsible for items of the group: the IRO, the PA, or else the social worker. */
    @Nullable Allocation responsibleFor(RuleGroup group) {
        return switch (group) {
            case REVIEWING_OFFICER -> reviewingOfficer;
            case PERSONAL_ADVISER -> personalAdviser != null ? personalAdviser : socialWorker;
            case SOCIAL_WORKER -> socialWorker;
        };
    }

    private static @Nullable Allocation current(ChildRecord child, Allocation.Role role, LocalDate today) {
        Allocation found = null;
        for (var a : child.allocations()) {
            // as ChildRegister.currentlyAllocated (who may see the child): the worker taking over on a hand-over day
            if (a.role() == role && a.isCurrentOn(today)) {
                found = a;
            }
        }
        return found;
    }
}
