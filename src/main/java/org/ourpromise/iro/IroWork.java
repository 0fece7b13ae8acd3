package org.ourpromise.iro;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ourpromise.access.Permission;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.worklists.OtherWork;
import org.springframework.stereotype.Component;

/**
 * The IRO service's work on a user's worklist: the open actions of reviews they own (by their worker ID), the
 * concerns sent to them still waiting for an answer, and for an IRO the answers waiting for them to accept or escalate.
 */
@Component
class IroWork implements OtherWork {

    private final ReviewOutcomes outcomes;
    private final QaAlerts alerts;
    private final AlertAccess access;

    IroWork(ReviewOutcomes outcomes, QaAlerts alerts, AlertAccess access) {
        this.outcomes = outcomes;
        this.alerts = alerts;
        this.access = access;
    }

    @Override
    public List<Item> itemsFor(PromiseUser user, LocalDate today) {
        var items = new ArrayList<Item>();
        if (user.workerId() != null) {
            for (var a : outcomes.openActionsOf(user.workerId())) {
                items.add(new Item(a.childId(), "Review action: " + a.action(), a.due(),
                        "/iro/reviews/" + a.childId() + "/" + a.reviewDate() + "#actions"));
            }
        }
        if (user.can(Permission.RESPOND_TO_QA_ALERTS)) {
            var filter = user.workerId() != null ? AlertFilter.all().withAddressedWorker(user.workerId())
                    : AlertFilter.all().withTeam(user.teamId() == null ? "-" : user.teamId());
            alerts.list(filter).stream().filter(a -> a.status() == AlertStatus.AWAITING_RESPONSE && access.isAddressedTo(user, a))
                    .forEach(a -> items.add(new Item(a.childId(), "Answer the alert: " + a.category(), a.responseDue(),
                            "/iro/alerts/" + a.id())));
        }
        if (user.can(Permission.RAISE_QA_ALERTS) && !user.can(Permission.MANAGE_ESCALATIONS)) {
            alerts.list(AlertFilter.all().withRaisedBy(user.username())).stream()
                    .filter(a -> a.status() == AlertStatus.RESPONDED)
                    .forEach(a -> items.add(new Item(a.childId(), "Accept or escalate the answer: " + a.category(), null,
                            "/iro/alerts/" + a.id())));
        }
        return items;
    }
}
