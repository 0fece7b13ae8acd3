package org.ourpromise.worklists;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.lists.ListPage;
import org.ourpromise.lists.Sorting;
import org.ourpromise.staff.StaffDirectory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The in-app daily digest: newly overdue and due in the next few working days. Each of its two lists sorts by its
 * columns and pages; a link names the list it is for ({@code table=overdue} or {@code soon}), the other keeps its
 * own order. {@code /digest.csv?table=...} is one list, whole and in the page's order.
 */
@Controller
class DigestController {

    private final Worklists worklists;
    private final StaffDirectory staff;

    DigestController(Worklists worklists, StaffDirectory staff) {
        this.worklists = worklists;
        this.staff = staff;
    }

    @GetMapping("/digest")
    String digest(@AuthenticationPrincipal PromiseUser user, @RequestParam Map<String, String> params, Model model) {
        var digest = worklists.digest(user);
        var columns = WorklistController.columns(staff.names());
        var overdue = page(columns, "overdue", digest.newlyOverdue(), params);
        var soon = page(columns, "soon", digest.dueSoon(), params);
        model.addAttribute("digest", digest);
        model.addAttribute("overdueList", overdue);
        model.addAttribute("overdueCsv", overdue.wholeListAt("/digest.csv"));
        model.addAttribute("soonList", soon);
        model.addAttribute("soonCsv", soon.wholeListAt("/digest.csv"));
        model.addAttribute("canExplain", user.can(org.ourpromise.access.Permission.RECORD_EVENTS));
        return "worklists/digest";
    }

    @GetMapping("/digest.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal PromiseUser user, @RequestParam Map<String, String> params) {
        String table = params.getOrDefault("table", "overdue");
        if (!"overdue".equals(table) && !"soon".equals(table)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such list");
        }
        boolean overdue = "overdue".equals(table);
        var digest = worklists.digestToDownload(user, overdue);
        var names = staff.names();
        var items = WorklistController.columns(names).sorted(overdue ? digest.newlyOverdue() : digest.dueSoon(),
                params.get("sort"), params.get("order"));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"digest-"
                        + (overdue ? "newly-overdue-" : "due-soon-") + digest.today() + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(WorklistCsv.of(new Worklist(items, Map.of()), digest.today(), names)
                        .getBytes(StandardCharsets.UTF_8));
    }

    /** The list's page: the address's sort, order and page if they are for this list, its own order if not. */
    private static ListPage<WorkItem> page(Sorting<WorkItem> columns, String table, List<WorkItem> rows,
            Map<String, String> params) {
        boolean asked = table.equals(params.get("table"));
        return columns.page(rows, asked ? params.get("sort") : null, asked ? params.get("order") : null,
                asked ? params.get("page") : null, "/digest", Map.of("table", table));
    }
}
