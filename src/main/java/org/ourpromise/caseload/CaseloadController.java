package org.ourpromise.caseload;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.lists.CsvTable;
import org.ourpromise.lists.Sorting;
import org.ourpromise.staff.StaffDirectory;
import org.ourpromise.staff.WorkerNames;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /caseload}: the signed-in worker's children; {@code ?team=} a team's (by social worker's team),
 * {@code ?worker=} one worker's. A user with neither a worker id nor a team chooses a team. The children
 * shown are audited.
 */
@Controller
class CaseloadController {

    /** Team names and worker ids as allocations hold them. */
    private static final String NAME = "[A-Za-z0-9 _'.&-]{1,60}";

    /** Which caseload a request asks for, or the error that stops it. */
    record Choice(@Nullable String team, @Nullable String worker, @Nullable String error) {
    }

    private final Caseloads caseloads;
    private final StaffDirectory staff;
    private final UserAccounts users;
    private final AuditLog audit;

    CaseloadController(Caseloads caseloads, StaffDirectory staff, UserAccounts users, AuditLog audit) {
        this.caseloads = caseloads;
        this.staff = staff;
        this.users = users;
        this.audit = audit;
    }

    @GetMapping("/caseload")
    @Transactional
    String caseload(@AuthenticationPrincipal PromiseUser user, @RequestParam(required = false) @Nullable String team,
            @RequestParam(required = false) @Nullable String worker, @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String order, @RequestParam(required = false) @Nullable String page,
            Model model) {
        var choice = choose(user, team, worker);
        var keep = new LinkedHashMap<String, String>();
        if (choice.team() != null) {
            keep.put("team", choice.team());
        } else if (choice.worker() != null && (worker != null && !worker.isBlank())) {
            keep.put("worker", choice.worker());
        }
        var list = columns(staff.names()).page(lines(user, choice), sort, order, page, "/caseload", keep);
        audited(choice, list.items(), list.total(), false);
        model.addAttribute("choice", choice);
        if (choice.error() != null) {
            model.addAttribute("error", choice.error()); // for the "Error: " page title (casefile.ErrorTitle)
        }
        model.addAttribute("list", list);
        model.addAttribute("lines", list.items());
        model.addAttribute("today", caseloads.today());
        model.addAttribute("teams", users.teamIds());
        model.addAttribute("heading", choice.team() != null ? "Caseload of " + users.teamName(choice.team())
                : choice.worker() != null ? "Caseload of " + staff.nameOf(choice.worker()) : "Caseloads");
        // the links keep the team or worker asked for; one's own caseload names the worker in its CSV link only
        model.addAttribute("csvLink", choice.team() == null && choice.worker() == null ? null
                : list.wholeListAt(keep.isEmpty() ? "/caseload.csv?worker=" + enc(choice.worker()) : "/caseload.csv"));
        return "caseload/caseload";
    }

    @GetMapping("/caseload.csv")
    @Transactional
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal PromiseUser user,
            @RequestParam(required = false) @Nullable String team,
            @RequestParam(required = false) @Nullable String worker,
            @RequestParam(required = false) @Nullable String sort, @RequestParam(required = false) @Nullable String order) {
        var choice = choose(user, team, worker);
        if (choice.error() != null || choice.team() == null && choice.worker() == null) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN)
                    .body((choice.error() == null ? "Choose a team" : choice.error()).getBytes(StandardCharsets.UTF_8));
        }
        var names = staff.names();
        var all = columns(names).sorted(lines(user, choice), sort, order);
        audited(choice, all, all.size(), true);
        var rows = new ArrayList<List<String>>();
        for (var l : all) {
            rows.add(List.of(l.childId(), l.name(), l.status(), text(l.legalStatus()), text(l.placement()),
                    l.nextDue() == null ? "" : l.nextDue().rule().description(),
                    l.nextDue() == null ? "" : l.nextDue().due().toString(),
                    l.lastVisit() == null ? "" : l.lastVisit().toString(), l.worker(),
                    l.worker().isEmpty() ? "" : names.of(l.worker())));
        }
        return CsvTable.download("caseload-" + caseloads.today(),
                List.of("Child ID", "Name", "Status", "Legal status", "Placement", "Next due", "Due date",
                        "Last visit", "Worker", "Worker name"), rows);
    }

    /**
     * Soonest due first (the caseload's own order), or by child, last visit (longest ago first) or social worker's
     * name; a child with nothing due, or no visit recorded, sorts last by due date and first by visit.
     */
    static Sorting<CaseloadLine> columns(WorkerNames names) {
        return Sorting.by("due", Comparator.comparing((CaseloadLine l) -> l.nextDue() == null ? null : l.nextDue().due(),
                        Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())))
                .and("child", Comparator.comparing((CaseloadLine l) -> l.name().toLowerCase(Locale.ROOT)))
                .and("visit", Comparator.comparing(CaseloadLine::lastVisit,
                        Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())))
                .and("worker", Comparator.comparing((CaseloadLine l) -> l.worker().isEmpty() ? "" : names.of(l.worker())));
    }

    private List<CaseloadLine> lines(PromiseUser user, Choice choice) {
        if (choice.error() != null || choice.team() == null && choice.worker() == null) {
            return List.of();
        }
        return choice.team() != null ? caseloads.ofTeam(user, choice.team()) : caseloads.ofWorker(user, choice.worker());
    }

    /** The children shown (a page of them) or downloaded (all) are audited. */
    private void audited(Choice choice, List<CaseloadLine> shown, int total, boolean download) {
        if (choice.error() != null || choice.team() == null && choice.worker() == null) {
            return;
        }
        audit.recordShown(download ? AuditLog.Action.EXPORT : AuditLog.Action.VIEW_REPORT,
                shown.stream().map(CaseloadLine::childId).toList(), (download ? "downloaded" : "viewed") + " caseload of "
                + (choice.team() != null ? "team " + choice.team() : "worker " + choice.worker()) + ": " + total
                + " children" + (download || shown.size() == total ? "" : ", " + shown.size() + " shown"));
    }

    /** The team or worker asked for; else the user's own worker id, else their team. */
    static Choice choose(PromiseUser user, @Nullable String team, @Nullable String worker) {
        String t = team == null || team.isBlank() ? null : team.strip();
        String w = worker == null || worker.isBlank() ? null : worker.strip();
        if (t != null && !t.matches(NAME) || w != null && !w.matches(NAME)) {
            return new Choice(null, null, "Choose a team from the list");
        }
        if (t != null || w != null) {
            return new Choice(t, t == null ? w : null, null);
        }
        if (user.workerId() != null) {
            return new Choice(null, user.workerId(), null);
        }
        return new Choice(user.teamId(), null, null);
    }

    private static String enc(@Nullable String s) {
        return java.net.URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s;
    }
}
