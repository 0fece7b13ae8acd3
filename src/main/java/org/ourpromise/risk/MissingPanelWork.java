package org.ourpromise.risk;

import java.time.LocalDate;
import java.util.List;
import org.ourpromise.access.ChildAccess;
import org.ourpromise.access.Permission;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.worklists.OtherWork;
import org.springframework.stereotype.Component;

/**
 * On the worklist of a manager who sees children at risk: each child they may see who has gone missing repeatedly
 * (the council's threshold) with no missing panel review since the window began. The review is due now, so the
 * item has no later date; it leaves the list when the review is recorded.
 */
@Component
class MissingPanelWork implements OtherWork {

    private final ChildrenAtRisk atRisk;
    private final ChildAccess access;

    MissingPanelWork(ChildrenAtRisk atRisk, ChildAccess access) {
        this.atRisk = atRisk;
        this.access = access;
    }

    @Override
    public List<Item> itemsFor(PromiseUser user, LocalDate today) {
        if (!user.can(Permission.VIEW_CHILDREN_AT_RISK)) {
            return List.of();
        }
        var threshold = atRisk.threshold();
        var windowStart = threshold.windowStart(today);
        return atRisk.on(today, access.visibleChildren(user)).stream().filter(r -> r.missingPanelDue(windowStart))
                .map(r -> new Item(r.childId(), "Missing panel review: missing " + r.missingInWindow() + " times in "
                        + threshold.days() + " days", null, "/risk/children/" + r.childId())).toList();
    }
}
