package org.ourpromise.workforce;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.lists.CsvTable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The workforce's lists as CSV, whole and in the order the page showed them: a caseload table
 * ({@code /workforce.csv?table=social-workers} or {@code advisers}; workers only, no child) and the children whose
 * social worker changed ({@code /workforce/changes.csv}, only those in the user's scope). Audited as exports.
 */
@Controller
class WorkforceCsvController {

    private final WorkforceFigures figures;
    private final WorkforceLists lists;
    private final AuditLog audit;

    WorkforceCsvController(WorkforceFigures figures, WorkforceLists lists, AuditLog audit) {
        this.figures = figures;
        this.lists = lists;
        this.audit = audit;
    }

    @GetMapping("/workforce.csv")
    @Transactional
    ResponseEntity<byte[]> caseloads(@RequestParam(required = false) @Nullable String year,
            @RequestParam Map<String, String> params) {
        int y = lists.year(year);
        String table = params.getOrDefault("table", WorkforceLists.WORKERS);
        if (!WorkforceLists.WORKERS.equals(table) && !WorkforceLists.ADVISERS.equals(table)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such table");
        }
        var rows = new ArrayList<List<String>>();
        for (var c : WorkforceLists.CASELOAD_COLUMNS.sorted(WorkforceLists.caseloads(figures.read(y), table),
                params.get("sort"), params.get("order"))) {
            rows.add(List.of(c.name(), c.team(), c.agency() ? "Through an agency" : "Permanent",
                    c.fte().stripTrailingZeros().toPlainString(), String.valueOf(c.children().size()),
                    c.perFte() == null ? "" : c.perFte().toPlainString()));
        }
        audit.recordShown(AuditLog.Action.EXPORT, List.of(), "workforce caseloads CSV (" + table + ", collection year "
                + WorkforceController.label(y) + "): " + rows.size() + " workers");
        return CsvTable.download("workforce-" + table + "-" + y,
                List.of("Worker", "Team", "Employed", "Full-time equivalent",
                        WorkforceLists.WORKERS.equals(table) ? "Allocated children" : "Allocated young people",
                        "Per full-time post"), rows);
    }

    @GetMapping("/workforce/changes.csv")
    @Transactional
    ResponseEntity<byte[]> changes(@AuthenticationPrincipal PromiseUser user,
            @RequestParam(required = false) @Nullable String year, @RequestParam Map<String, String> params) {
        int y = lists.year(year);
        var changed = lists.changes(user, y);
        var rows = new ArrayList<List<String>>();
        var ids = new ArrayList<String>();
        for (var c : WorkforceLists.CHANGE_COLUMNS.sorted(changed.rows(), params.get("sort"), params.get("order"))) {
            ids.add(c.childId());
            rows.add(List.of(c.childId(), c.name(), String.valueOf(c.changes()), c.workers()));
        }
        audit.recordShown(AuditLog.Action.EXPORT, ids, "workforce drill-down CSV: changes of social worker "
                + changed.period().from() + " to " + changed.period().to() + ": " + rows.size() + " children");
        return CsvTable.download("social-worker-changes-" + y,
                List.of("Child ID", "Name", "Changes", "Social workers in the year"),
                        rows);
    }

}
