package org.ourpromise.iro;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.lists.CsvTable;
import org.ourpromise.staff.StaffDirectory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The whole list of quality assurance alerts as CSV: the same filters and order as the page it is downloaded
 * from ({@code /iro/alerts}), every page of it. Audited as an export of the children listed.
 */
@Controller
class AlertsCsvController {

    static final List<String> HEADER = List.of("Raised", "Child ID", "Child", "Alert", "Formal", "Category",
            "Raised by", "Team", "Sent to", "Status", "Stage", "Due", "Closed");

    private final QaAlerts alerts;
    private final AlertAccess access;
    private final UserAccounts users;
    private final AuditLog audit;
    private final StaffDirectory staff;

    AlertsCsvController(QaAlerts alerts, AlertAccess access, UserAccounts users, AuditLog audit, StaffDirectory staff) {
        this.alerts = alerts;
        this.access = access;
        this.users = users;
        this.audit = audit;
        this.staff = staff;
    }

    @GetMapping("/iro/alerts.csv")
    @Transactional
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal PromiseUser user, @RequestParam Map<String, String> params) {
        // a filter typed wrongly is left out, as on the page (which shows the error)
        var filter = access.scope(user, AlertFilters.read(params, alerts.categories(), users.teamIds(),
                new LinkedHashMap<>()));
        var shown = AlertsController.COLUMNS.sorted(alerts.list(filter).stream().filter(a -> access.onList(user, a))
                .toList(), params.get("sort"), params.get("order"));
        audit.recordShown(AuditLog.Action.EXPORT, shown.stream().map(QaAlert::childId).toList(),
                "quality assurance alerts CSV: " + shown.size() + " alerts");
        var names = staff.names();
        var rows = new ArrayList<List<String>>();
        for (var a : shown) {
            var stage = a.currentStage();
            var due = stage.isPresent() && stage.get().isOpen() ? stage.get().due()
                    : a.status() == AlertStatus.AWAITING_RESPONSE ? a.responseDue() : null;
            rows.add(List.of(a.raised().toString(), a.childId(), a.childName(), a.kind().words(),
                    a.formal() ? "Yes" : "No", a.category(), a.raisedByName(), a.team(),
                    a.workerId() == null ? "" : names.of(a.workerId()), a.status().words(),
                    stage.map(QaAlert.Stage::name).orElse(""), due == null ? "" : due.toString(),
                    a.closed() == null ? "" : a.closed().toString()));
        }
        return CsvTable.download("qa-alerts-" + alerts.today(), HEADER, rows);
    }
}
