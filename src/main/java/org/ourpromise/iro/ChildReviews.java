package org.ourpromise.iro;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.ourpromise.access.ChildAccess;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.record.ChildRecord;
import org.springframework.stereotype.Component;

/** Finds a child the user may see, and one of the child's recorded reviews; anything else is refused or not found. */
@Component
class ChildReviews {

    record Review(ChildRecord child, LocalDate date) {

        String childName() {
            return child.identity().givenName() + " " + child.identity().familyName();
        }
    }

    private final CareRecords records;
    private final ChildAccess access;

    ChildReviews(CareRecords records, ChildAccess access) {
        this.records = records;
        this.access = access;
    }

    ChildRecord child(PromiseUser user, String childId) {
        if (!childId.matches("[A-Za-z0-9-]{1,40}") || !access.canView(user, childId)) {
            // refused as every page about a child is: 404 for a child who does not exist, else 403, audited
            throw new org.springframework.security.access.AccessDeniedException("child " + childId + " is outside "
                    + user.username() + "'s scope");
        }
        return records.load(childId).orElseThrow(() -> AlertsController.notFound("No child " + childId));
    }

    Review review(PromiseUser user, String childId, String date) {
        var child = child(user, childId);
        try {
            var day = LocalDate.parse(date);
            if (child.reviews().stream().anyMatch(r -> r.date().equals(day))) {
                return new Review(child, day);
            }
        } catch (DateTimeParseException e) {
            // not a date: no such review
        }
        throw AlertsController.notFound("No review on " + date);
    }
}
