package org.ourpromise.restricted;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.worklists.OtherWork;
import org.springframework.stereotype.Component;

/**
 * On a manager's worklist: each opening of a restricted record they manage that they have not yet looked at. The
 * notice carries the child's ID and who opened it, never the child's details.
 */
@Component
class RestrictedWork implements OtherWork {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm");

    private final RestrictionAlertRepository alerts;

    RestrictedWork(RestrictionAlertRepository alerts) {
        this.alerts = alerts;
    }

    @Override
    public List<Item> itemsFor(PromiseUser user, LocalDate today) {
        return alerts.unseen(user.username()).stream().map(a -> new Item(a.childId(),
                "Restricted record opened by " + a.openedBy() + " on " + DAY.format(a.at()) + ": check the reason",
                null, "/children/" + a.childId() + "/restriction")).toList();
    }
}
