package org.ourpromise.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.ChildAccess;
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
 * The nurse's lists as CSV, whole and in the order the page showed them: {@code /health.csv?table=items} or
 * {@code summaries}, {@code /health/waits.csv?table=waiting} or {@code seen}. The rows are chosen as on the pages
 * ({@link HealthLists}); a restricted record not open to the nurse is "Restricted" with its ID only, or left out
 * where the page leaves it out. Audited as an export, with the children in it.
 */
@Controller
class HealthCsvController {

    private static final String RESTRICTED = "Restricted";

    private final HealthLists lists;
    private final HealthAccess access;
    private final ChildAccess children;
    private final AuditLog audit;

    HealthCsvController(HealthLists lists, HealthAccess access, ChildAccess children, AuditLog audit) {
        this.lists = lists;
        this.access = access;
        this.children = children;
        this.audit = audit;
    }

    @GetMapping("/health.csv")
    @Transactional
    ResponseEntity<byte[]> worklist(@AuthenticationPrincipal PromiseUser user, @RequestParam Map<String, String> params) {
        var hidden = children.restrictedRecordsHiddenFrom(user);
        String table = params.getOrDefault("table", "items");
        var rows = new ArrayList<List<String>>();
        var ids = new ArrayList<String>();
        List<String> header;
        if ("items".equals(table)) {
            for (var l : HealthLists.itemColumns(hidden).sorted(lists.items(), sort(params), order(params))) {
                boolean restricted = hidden.contains(l.childId());
                if (!restricted) {
                    ids.add(l.childId());
                }
                rows.add(List.of(l.childId(), restricted ? RESTRICTED : l.name(),
                        restricted ? "" : l.item().due().toString(), restricted ? "" : l.item().rule().description(),
                        restricted ? "" : l.overdue() ? "Yes" : "No"));
            }
            header = List.of("Child ID", "Name", "Due", "What", "Out of date");
        } else if ("summaries".equals(table)) {
            for (var s : HealthLists.summaryColumns().sorted(lists.summaries(hidden), sort(params), order(params))) {
                ids.add(s.childId());
                rows.add(List.of(s.childId(), s.name(), s.dueBy().toString(), s.stage(), s.overdue() ? "Yes" : "No"));
            }
            header = List.of("Child ID", "Name", "Due by", "Next step", "Out of date");
        } else {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such table");
        }
        return csv("health worklist CSV (" + table + ")", "health-" + table, header, rows, ids);
    }

    @GetMapping("/health/waits.csv")
    @Transactional
    ResponseEntity<byte[]> waits(@AuthenticationPrincipal PromiseUser user, @RequestParam Map<String, String> params) {
        var waits = lists.waits(children.restrictedRecordsHiddenFrom(user));
        String table = params.getOrDefault("table", "waiting");
        var rows = new ArrayList<List<String>>();
        var ids = new ArrayList<String>();
        List<String> header;
        if ("waiting".equals(table) || "seen".equals(table)) {
            boolean seen = "seen".equals(table);
            var columns = seen ? HealthLists.seenColumns() : HealthLists.waitingColumns();
            for (var w : columns.sorted(seen ? waits.seen() : waits.waiting(), sort(params), order(params))) {
                ids.add(w.childId());
                var r = w.referral();
                rows.add(List.of(w.childId(), w.name(), r.serviceWords(), r.referredOn().toString(),
                        r.firstSeenOn() == null ? "" : r.firstSeenOn().toString(), String.valueOf(w.weeks()),
                        w.longWait() ? "Yes" : "No"));
            }
            header = List.of("Child ID", "Name", "Referred to", "Referred", "First seen", seen ? "Weeks waited"
                    : "Weeks so far", "Over 18 weeks");
        } else {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such table");
        }
        return csv("mental-health waits CSV (" + table + ")", "mental-health-" + table, header, rows, ids);
    }

    private ResponseEntity<byte[]> csv(String what, String file, List<String> header, List<List<String>> rows,
            List<String> ids) {
        audit.recordShown(AuditLog.Action.EXPORT, ids.stream().distinct().toList(), what + ": " + rows.size() + " rows");
        return CsvTable.download(file + "-" + access.today(), header, rows);
    }

    private static @Nullable String sort(Map<String, String> params) {
        return params.get("sort");
    }

    private static @Nullable String order(Map<String, String> params) {
        return params.get("order");
    }
}
