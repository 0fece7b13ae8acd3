package org.ourpromise.worklists;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.SuccessBanner;
import org.ourpromise.lists.Sorting;
import org.ourpromise.staff.StaffDirectory;
import org.ourpromise.staff.WorkerNames;
import org.ourpromise.timescales.DeadlineRule;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's worklist, its CSV download, and recording why an item is late. */
@Controller
class WorklistController {

    private final Worklists worklists;
    private final StaffDirectory staff;
    private final java.util.List<OtherWork> otherWork;

    WorklistController(Worklists worklists, StaffDirectory staff, java.util.List<OtherWork> otherWork) {
        this.worklists = worklists;
        this.staff = staff;
        this.otherWork = otherWork;
    }

    @GetMapping("/worklist")
    String worklist(@AuthenticationPrincipal PromiseUser user, @RequestParam(required = false) @Nullable String team,
            @RequestParam(required = false) @Nullable String worker,
            @RequestParam(required = false) @Nullable String rule,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String order,
            @RequestParam(required = false) @Nullable String show, Model model) {
        var filter = WorklistFilter.parse(team, worker, rule).forUser(user.role(), user.workerId(), show);
        var list = worklists.worklist(user, filter);
        // a page of items at a time: overdue first unless asked otherwise, so the first page is what needs doing now
        var shown = columns(staff.names()).page(list.items(), sort, order, page, "/worklist", filter.asParameters());
        model.addAttribute("list", shown);
        model.addAttribute("pageItems", shown.items());
        // the choices come from the unfiltered list, so a filter can always be changed back
        var all = filter.asParameters().isEmpty() ? list : worklists.worklist(user, WorklistFilter.NONE);
        var teams = new TreeSet<String>();
        var workers = new TreeSet<String>();
        var rules = new TreeSet<DeadlineRule>();
        for (var i : all.items()) {
            if (!i.team().isEmpty()) {
                teams.add(i.team());
            }
            if (!i.worker().isEmpty()) {
                workers.add(i.worker());
            }
            rules.add(i.item().rule());
        }
        model.addAttribute("worklist", list);
        model.addAttribute("filter", filter);
        model.addAttribute("errors", filter.errors());
        model.addAttribute("form", Map.of("team", team == null ? "" : team, "worker", worker == null ? "" : worker,
                "rule", rule == null ? "" : rule, "show", filter.mine() != null ? "mine" : "all"));
        model.addAttribute("canChooseMine", user.workerId() != null);
        model.addAttribute("teams", teams);
        model.addAttribute("workers", workers);
        model.addAttribute("rules", rules);
        model.addAttribute("today", worklists.today());
        model.addAttribute("csvLink", shown.wholeListAt("/worklist.csv"));
        model.addAttribute("canExplain", user.can(org.ourpromise.access.Permission.RECORD_EVENTS));
        model.addAttribute("otherWork", otherWork(user));
        return "worklists/worklist";
    }

    /** Work other rooms give this person (QA alerts, review actions), soonest due first. */
    private java.util.List<OtherWork.Item> otherWork(PromiseUser user) {
        return otherWork.stream().flatMap(o -> o.itemsFor(user, worklists.today()).stream())
                .sorted(java.util.Comparator.comparing(OtherWork.Item::due, java.util.Comparator.nullsLast(
                        java.util.Comparator.naturalOrder()))).toList();
    }

    /**
     * The worklist's columns: by due date, overdue first (the list's own order), or by child, what is due, status
     * (overdue, then due) or worker by name.
     */
    static Sorting<WorkItem> columns(WorkerNames names) {
        return Sorting.by("due", Worklist.ORDER)
                .and("child", Comparator.comparing((WorkItem i) -> i.childName().toLowerCase(Locale.UK))
                        .thenComparing(Worklist.ORDER))
                .and("what", Comparator.comparing((WorkItem i) -> i.item().rule().description())
                        .thenComparing(Worklist.ORDER))
                .and("status", Comparator.comparing((WorkItem i) -> !i.overdue()).thenComparing(Worklist.ORDER))
                .and("worker", Comparator.comparing((WorkItem i) -> i.worker().isEmpty() ? "\uffff"
                        : names.of(i.worker()).toLowerCase(Locale.UK)).thenComparing(Worklist.ORDER));
    }

    @GetMapping("/worklist.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal PromiseUser user,
            @RequestParam(required = false) @Nullable String team,
            @RequestParam(required = false) @Nullable String worker,
            @RequestParam(required = false) @Nullable String rule,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String order,
            @RequestParam(required = false) @Nullable String show) {
        var filter = WorklistFilter.parse(team, worker, rule).forUser(user.role(), user.workerId(), show);
        if (!filter.errors().isEmpty()) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN)
                    .body(String.join("\n", filter.errors().values()).getBytes(StandardCharsets.UTF_8));
        }
        var names = staff.names();
        var downloaded = worklists.download(user, filter);
        // the CSV follows the page's order
        var list = new Worklist(columns(names).sorted(downloaded.items(), sort, order), downloaded.countsByWorker());
        var today = worklists.today();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"worklist-" + today + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(WorklistCsv.of(list, today, names).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/worklist/lateness")
    String latenessForm(@AuthenticationPrincipal PromiseUser user, @RequestParam Map<String, String> params,
            Model model) {
        var e = worklists.check(user, params, false);
        return form(model, e, params);
    }

    @PostMapping("/worklist/lateness")
    String recordLateness(@AuthenticationPrincipal PromiseUser user, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        var e = worklists.explain(user, params);
        if (e.errors().isEmpty()) {
            SuccessBanner.flash(redirect, "Reason for lateness saved for " + e.childId());
            return "redirect:/worklist";
        }
        return form(model, e, params);
    }

    private String form(Model model, Worklists.Explanation e, Map<String, String> params) {
        model.addAttribute("explanation", e);
        model.addAttribute("errors", e.errors());
        model.addAttribute("values", params);
        model.addAttribute("reasons", worklists.reasons());
        model.addAttribute("noteLimit", Worklists.NOTE_LIMIT);
        var child = e.childId() == null ? null : worklists.child(e.childId()).orElse(null);
        model.addAttribute("whose", child != null ? child.name() + " (" + child.childId() + ")" : e.childId());
        model.addAttribute("action", "/worklist/lateness");
        model.addAttribute("back", "/worklist");
        model.addAttribute("backText", "Back to your worklist");
        return "worklists/lateness";
    }
}
