package org.ourpromise.worklists;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.ourpromise.access.Role;

/**
 * The open items a role works on, for the children it may see (issue 3): social workers their
 * visits, plans, PEPs, health and return interviews; IROs reviews and the decisions and record after
 * them; personal advisers pathway plans and contacts; team managers and the performance team
 * everything. Overdue first, then by due date. A care leaver's adviser contact is the leavers room's duty, worked
 * out by the engine with the room's terms (decision 0215).
 */
public record Worklist(List<WorkItem> items, Map<String, Integer> countsByWorker) {

    static final Comparator<WorkItem> ORDER = Comparator.comparing((WorkItem i) -> !i.overdue())
            .thenComparing(i -> i.item().due()).thenComparing(WorkItem::childId)
            .thenComparing(i -> i.item().rule());

    /**
     * @param visible the children the user may see; empty = every child (ChildAccess's convention)
     */
    static Worklist of(Collection<ChildDueItems> council, Role role, Optional<Set<String>> visible,
            WorklistFilter filter, Map<String, LatenessExplanation> explanations) {
        var items = new ArrayList<WorkItem>();
        for (var child : council) {
            if (visible.isPresent() && !visible.get().contains(child.childId())) {
                continue;
            }
            for (var item : child.open()) {
                var group = RuleGroup.of(item.rule());
                if (!worksOn(role, group)) {
                    continue;
                }
                var who = child.responsibleFor(group);
                var line = new WorkItem(child.childId(), child.name(), item, who == null ? "" : who.workerId(),
                        who == null ? "" : who.team(),
                        explanations.get(LatenessExplanation.key(child.childId(), item.rule(), item.due())));
                if (filter.accepts(line)) {
                    items.add(line);
                }
            }
        }
        items.sort(ORDER);
        var counts = new TreeMap<String, Integer>();
        items.forEach(i -> counts.merge(i.worker().isEmpty() ? "Not allocated" : i.worker(), 1, Integer::sum));
        return new Worklist(List.copyOf(items), counts);
    }

    static boolean worksOn(Role role, RuleGroup group) {
        return switch (role) {
            case SOCIAL_WORKER -> group == RuleGroup.SOCIAL_WORKER;
            case INDEPENDENT_REVIEWING_OFFICER -> group == RuleGroup.REVIEWING_OFFICER;
            case IRO_MANAGER -> group == RuleGroup.REVIEWING_OFFICER; // every IRO's items
            case PERSONAL_ADVISER -> group == RuleGroup.PERSONAL_ADVISER;
            case TEAM_MANAGER, PERFORMANCE_OFFICER -> true;
            case BOARD_MEMBER, ADMINISTRATOR, COMPLAINTS_OFFICER, PARTNER -> false; // complaints: complaints.ComplaintWorklistController
            case VIRTUAL_SCHOOL_HEAD, HEALTH_NURSE -> false; // their own worklists: /virtual-school, /health
            case PARTICIPATION_OFFICER -> false; // the ledger: /voice/you-said-we-did
            case YOUNG_PERSON -> false; // their own pages: /me
        };
    }

    public long overdueCount() {
        return items.stream().filter(WorkItem::overdue).count();
    }
}
