package org.ourpromise.recordsrequests;

import java.time.LocalDate;
import java.util.List;
import org.ourpromise.access.Permission;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.worklists.OtherWork;
import org.springframework.stereotype.Component;

/** On the records team's worklist: every request not yet answered, by its due day (reference only, no names). */
@Component
class RecordsRequestWork implements OtherWork {

    private final RecordsRequests requests;

    RecordsRequestWork(RecordsRequests requests) {
        this.requests = requests;
    }

    @Override
    public List<Item> itemsFor(PromiseUser user, LocalDate today) {
        if (!user.can(Permission.MANAGE_RECORDS_REQUESTS)) {
            return List.of();
        }
        return requests.open().stream().map(r -> new Item(r.childId(), "Records request " + r.reference() + ": "
                + (r.due() == null ? "check the requester's proof of identity" : "send the records"
                        + (r.extensionMonths() > 0 ? " (extended)" : "")), r.due(), "/records-requests/" + r.id()))
                .toList();
    }
}
