package org.ourpromise.recordsrequests;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import org.ourpromise.lists.Sorting;

/**
 * The register's columns, shared by its page and its CSV: newest request first unless asked otherwise; by whose
 * records, who asked, the day received or due (latest first on the first click) and where it is.
 */
final class RecordsRequestLists {

    private RecordsRequestLists() {
    }

    static Sorting<RecordsRequest> columns(LocalDate today) {
        return Sorting.byDescending("received", Comparator.comparing(RecordsRequest::received)
                        .thenComparingLong(RecordsRequest::id))
                .and("request", Comparator.comparingLong(RecordsRequest::id))
                .and("whose", Comparator.comparing((RecordsRequest r) -> r.childName().toLowerCase(Locale.UK))
                        .thenComparing(RecordsRequest::childId))
                .and("asked-by", Comparator.comparing((RecordsRequest r) -> r.requesterKind().words()))
                .andDescending("due", Comparator.comparing(RecordsRequest::due,
                        Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())))
                .and("status", Comparator.comparing((RecordsRequest r) -> r.status(today)));
    }
}
