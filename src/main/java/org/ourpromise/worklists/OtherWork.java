package org.ourpromise.worklists;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.PromiseUser;

/**
 * Work another room puts on a user's worklist that no deadline rule describes (the actions a review agreed, the
 * quality assurance alerts waiting for the user): a room implements this as a bean and the worklist shows its
 * items under the due items, soonest first. The worklist does not know the rooms, so they depend on it.
 */
public interface OtherWork {

    List<Item> itemsFor(PromiseUser user, LocalDate today);

    /** One piece of work: about which child, what it is, by when (if it has a date), and where to do it. */
    record Item(String childId, String what, @Nullable LocalDate due, String link) {

        public boolean overdue(LocalDate today) {
            return due != null && due.isBefore(today);
        }
    }
}
