package org.ourpromise.permanence;

import java.time.LocalDate;
import java.util.List;
import org.ourpromise.access.ChildAccess;
import org.ourpromise.access.Permission;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.worklists.OtherWork;
import org.springframework.stereotype.Component;

/**
 * On the worklist of those who track permanence: each review of the support after a special guardianship or child
 * arrangements order that is due within four weeks or overdue, for the children they may see. The support goes on
 * after the child has left care, so no care duty covers it; the item leaves the list when the review (or a new
 * request) is recorded.
 */
@Component
class SupportReviewWork implements OtherWork {

    /** How far ahead a review shows, so it can be arranged. */
    static final int WEEKS_AHEAD = 4;

    private final PermanenceOrders orders;
    private final ChildAccess access;

    SupportReviewWork(PermanenceOrders orders, ChildAccess access) {
        this.orders = orders;
        this.access = access;
    }

    @Override
    public List<Item> itemsFor(PromiseUser user, LocalDate today) {
        if (!user.can(Permission.TRACK_PERMANENCE)) {
            return List.of();
        }
        var visible = access.visibleChildren(user);
        return orders.supportReviewsDueBy(today.plusWeeks(WEEKS_AHEAD)).stream()
                .filter(s -> visible.map(children -> children.contains(s.childId())).orElse(true))
                .map(s -> new Item(s.childId(), "Review of the support plan after the order", s.nextReview(),
                        "/permanence/children/" + s.childId() + "/orders"))
                .toList();
    }
}
