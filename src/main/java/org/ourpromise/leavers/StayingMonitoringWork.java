package org.ourpromise.leavers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ourpromise.access.ChildAccess;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.access.Role;
import org.ourpromise.children.ChildRegister;
import org.ourpromise.record.Allocation;
import org.ourpromise.worklists.OtherWork;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's next monitoring visit or check of a Staying Put or Staying Close arrangement, due within the
 * weeks set or overdue: on the worklist of the young person's personal adviser, or, when they have none today, of
 * the team managers who may see them. It leaves the list when the visit or check is recorded, or the arrangement
 * ends.
 */
@Component
class StayingMonitoringWork implements OtherWork {

    private final StayingRows rows;
    private final ChildRegister children;
    private final ChildAccess access;
    private final StayingSettings settings;

    StayingMonitoringWork(StayingRows rows, ChildRegister children, ChildAccess access, StayingSettings settings) {
        this.rows = rows;
        this.children = children;
        this.access = access;
        this.settings = settings;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Item> itemsFor(PromiseUser user, LocalDate today) {
        boolean manager = user.role() == Role.TEAM_MANAGER;
        if (user.workerId() == null && !manager) {
            return List.of();
        }
        var due = rows.dueBy(today, today.plusWeeks(settings.weeksAhead()));
        if (due.isEmpty()) {
            return List.of();
        }
        var mine = children.currentlyAllocated(Allocation.Role.PERSONAL_ADVISER, user.workerId(), null, today);
        var out = new ArrayList<Item>();
        due.forEach((childId, theirs) -> {
            boolean forMe = mine.contains(childId) || (manager && !hasAdviser(childId, today)
                    && access.canView(user, childId));
            if (forMe) {
                theirs.forEach(r -> out.add(new Item(childId, "Monitor the " + r.a().kind().words()
                        + " arrangement (visit or check)", r.monitoringDue(),
                        "/leavers/children/" + childId + "/arrangements")));
            }
        });
        return out;
    }

    private boolean hasAdviser(String childId, LocalDate today) {
        return children.allocations(childId).getOrDefault(childId, List.of()).stream()
                .anyMatch(a -> a.role() == Allocation.Role.PERSONAL_ADVISER && a.isCurrentOn(today));
    }
}
