package org.ourpromise.worklists;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.SuccessBanner;
import org.ourpromise.staff.StaffDirectory;
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
import org.springframework.web.util.UriComponentsBuilder;

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
            @RequestParam(required = false) @Nullable String show, Model model) {
        var filter = WorklistFilter.parse(team, worker, rule).forUser(user.role(), user.workerId(), show);
        var list = worklists.worklist(user, filter);
        // A page of items at a time: overdue first, so the first page is what needs doing now.
        int pages = Math.max(1, (list.items().size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = pageNumber(page, pages);
        model.addAttribute("pageItems", list.items().subList((current - 1) * PAGE_SIZE,
                Math.min(list.items().size(), current * PAGE_SIZE)));
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("previousLink", current > 1 ? pageLink(filter, current - 1) : null);
        model.addAttribute("nextLink", current < pages ? pageLink(filter, current + 1) : null);
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
        model.addAttribute("csvLink", link("/worklist.csv", filter));
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

    static final int PAGE_SIZE = 50;

    /** The page asked for, within 1..pages; anything unreadable is the first page. */
    static int pageNumber(@Nullable String text, int pages) {
        try {
            return text == null ? 1 : Math.max(1, Math.min(pages, Integer.parseInt(text.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String pageLink(WorklistFilter filter, int page) {
        var link = link("/worklist", filter);
        return link + (link.contains("?") ? "&" : "?") + "page=" + page;
    }

    @GetMapping("/worklist.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal PromiseUser user,
            @RequestParam(required = false) @Nullable String team,
            @RequestParam(required = false) @Nullable String worker,
            @RequestParam(required = false) @Nullable String rule,
            @RequestParam(required = false) @Nullable String show) {
        var filter = WorklistFilter.parse(team, worker, rule).forUser(user.role(), user.workerId(), show);
        if (!filter.errors().isEmpty()) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN)
                    .body(String.join("\n", filter.errors().values()).getBytes(StandardCharsets.UTF_8));
        }
        var list = worklists.download(user, filter);
        var today = worklists.today();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"worklist-" + today + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(WorklistCsv.of(list, today, staff.names()).getBytes(StandardCharsets.UTF_8));
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

    private static String link(String path, WorklistFilter filter) {
        var b = UriComponentsBuilder.fromPath(path);
        filter.asParameters().forEach(b::queryParam);
        return b.encode().toUriString();
    }
}
