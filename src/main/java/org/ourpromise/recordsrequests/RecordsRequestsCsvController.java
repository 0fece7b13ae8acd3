package org.ourpromise.recordsrequests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.lists.CsvTable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The whole register of requests for records as CSV, in the page's order; audited as an export of the children. */
@Controller
class RecordsRequestsCsvController {

    private final RecordsRequests requests;
    private final AuditLog audit;

    RecordsRequestsCsvController(RecordsRequests requests, AuditLog audit) {
        this.requests = requests;
        this.audit = audit;
    }

    @GetMapping("/records-requests.csv")
    @Transactional
    ResponseEntity<byte[]> register(@RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String order) {
        var today = requests.today();
        var all = RecordsRequestLists.columns(today).sorted(requests.all(), sort, order);
        var rows = new ArrayList<List<String>>();
        for (var r : all) {
            rows.add(List.of(r.reference(), r.childId(), r.childName(), r.adopted() ? "Yes" : "No",
                    r.requesterKind().words(), day(r.received()),
                    r.due() == null ? "Waiting for identity" : day(r.due()), r.status(today)));
        }
        audit.recordShown(AuditLog.Action.EXPORT, all.stream().map(RecordsRequest::childId).toList(),
                "register of records requests CSV: " + rows.size() + " requests");
        return CsvTable.download("records-requests",
                List.of("Request", "Child ID", "Whose records", "Adopted", "Asked by", "Received", "Due", "Status"),
                rows);
    }

    private static String day(@Nullable LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
