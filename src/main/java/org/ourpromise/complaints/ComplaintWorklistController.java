package org.ourpromise.complaints;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.lists.CsvTable;
import org.ourpromise.lists.Sorting;
import org.ourpromise.timescales.DeadlineRule;
import org.ourpromise.timescales.TimescaleSettings;
import org.ourpromise.timescales.WorkingDayCalendar;
import org.ourpromise.worklists.LatenessExplanation;
import org.ourpromise.worklists.Worklists;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.ourpromise.access.PromiseUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The complaints officer's worklist: the open stage deadlines of every complaint, overdue first and then by
 * due date, filtered by stage, as a page or CSV; and the complaints received in the last year or still open,
 * newest first.
 */
@Controller
class ComplaintWorklistController {

    static final Set<DeadlineRule> STAGES = Worklists.COMPLAINT_STAGES;

    private final ComplaintRegister register;
    private final AuditLog audit;
    private final TimescaleSettings settings;
    private final Worklists worklists;

    ComplaintWorklistController(ComplaintRegister register, AuditLog audit, TimescaleSettings settings,
            Worklists worklists) {
        this.worklists = worklists;
        this.register = register;
        this.audit = audit;
        this.settings = settings;
    }

    /** The register: newest first (its own order), or by reference, child, who made it or stage. */
    static final Sorting<LoggedComplaint> REGISTER_COLUMNS = Sorting
            .byDescending("received", Comparator.comparing((LoggedComplaint c) -> c.complaint().received()))
            .and("reference", Comparator.comparing(LoggedComplaint::reference))
            .and("child", Comparator.comparing((LoggedComplaint c) -> c.childName().toLowerCase(java.util.Locale.ROOT)))
            .and("by", Comparator.comparing((LoggedComplaint c) -> c.madeBy().words()))
            .and("stage", Comparator.comparing(LoggedComplaint::stage));

    @GetMapping("/complaints")
    @Transactional
    String worklist(@RequestParam(required = false) @Nullable String rule,
            @RequestParam(required = false) @Nullable String sort, @RequestParam(required = false) @Nullable String order,
            @RequestParam(required = false) @Nullable String page, Model model) {
        var chosen = stage(rule);
        var all = register.all();
        var lines = lines(all, chosen, worklists.explanations());
        var listed = registerList(all);
        var list = REGISTER_COLUMNS.page(listed, sort, order, page, "/complaints",
                chosen == null ? Map.of() : Map.of("rule", chosen.name()));
        var shown = new ArrayList<String>();
        lines.forEach(l -> shown.add(l.complaint().childId()));
        list.items().forEach(c -> shown.add(c.childId()));
        audit.recordShown(AuditLog.Action.VIEW_REPORT, shown, "viewed the complaints worklist" + (chosen == null ? ""
                : " for " + chosen) + ": " + lines.size() + " open deadlines, " + listed.size() + " complaints listed");
        model.addAttribute("lines", lines);
        model.addAttribute("digest", digest(register, settings, all));
        model.addAttribute("register", list);
        model.addAttribute("complaints", list.items());
        model.addAttribute("stages", STAGES);
        model.addAttribute("rule", chosen == null ? "" : chosen.name());
        model.addAttribute("errors", rule != null && !rule.isBlank() && chosen == null
                ? java.util.Map.of("rule", "Choose a stage from the list") : java.util.Map.of());
        model.addAttribute("today", register.today());
        return "complaints/worklist";
    }

    @GetMapping("/complaints.csv")
    @Transactional
    ResponseEntity<byte[]> csv(@RequestParam(required = false) @Nullable String rule) {
        var chosen = stage(rule);
        var lines = lines(register.all(), chosen, worklists.explanations());
        var today = register.today();
        audit.recordShown(AuditLog.Action.EXPORT, lines.stream().map(l -> l.complaint().childId()).toList(),
                "downloaded the complaints worklist as CSV"
                + (chosen == null ? "" : " for " + chosen) + ": " + lines.size() + " open deadlines");
        var rows = new ArrayList<List<String>>();
        for (var l : lines) {
            rows.add(List.of(l.complaint().reference(), l.complaint().childId(), l.complaint().childName(),
                    l.item().rule().code(), l.item().rule().description(), l.item().due().toString(),
                    l.overdue() ? "Overdue" : "Due", String.valueOf(l.daysOverdue(today)), l.complaint().stage(),
                    l.explanation() == null ? "" : l.explanation().reason(),
                    l.explanation() == null || l.explanation().note() == null ? "" : l.explanation().note()));
        }
        return CsvTable.download("complaints-" + today,
                List.of("Reference", "Child ID", "Name", "Deadline", "What is due", "Due date", "Status",
                        "Days overdue", "Stage", "Reason for lateness", "Explanation"), rows);
    }

    /** The complaints received in the last 12 months or still open, as the register below the worklist lists them. */
    private List<LoggedComplaint> registerList(List<LoggedComplaint> all) {
        var yearAgo = register.today().minusYears(1);
        return all.stream().filter(c -> !c.closed() || !c.complaint().received().isBefore(yearAgo)).toList();
    }

    /** The register as CSV: the whole list in the page's order, the page's columns in words, audited as an export. */
    @GetMapping("/complaints/register.csv")
    @Transactional
    ResponseEntity<byte[]> registerCsv(@RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String order) {
        var listed = REGISTER_COLUMNS.sorted(registerList(register.all()), sort, order);
        audit.recordShown(AuditLog.Action.EXPORT, listed.stream().map(LoggedComplaint::childId).toList(),
                "downloaded the complaints register as CSV: " + listed.size() + " complaints received in the last"
                + " 12 months or still open");
        var rows = new ArrayList<List<String>>();
        for (var c : listed) {
            rows.add(List.of(c.reference(), c.childId(), c.childName(), c.complaint().received().toString(),
                    c.madeBy().words(), c.stage()));
        }
        return CsvTable.download("complaints-register-" + register.today(),
                List.of("Reference", "Child ID", "Name", "Received", "Made by", "Stage"), rows);
    }

    @GetMapping("/complaints/{reference}/lateness")
    @Transactional
    String latenessForm(@PathVariable String reference, @RequestParam java.util.Map<String, String> params, Model model) {
        var complaint = complaint(reference);
        audit.record(AuditLog.Action.VIEW_RECORD, complaint.childId(), "opened the reason for lateness form for complaint "
                + reference);
        return latenessPage(model, complaint, worklists.checkOther(complaint.childId(), complaint.deadlines(), params, false), params);
    }

    @PostMapping("/complaints/{reference}/lateness")
    @Transactional
    String recordLateness(@AuthenticationPrincipal PromiseUser user, @PathVariable String reference,
            @RequestParam java.util.Map<String, String> params, Model model) {
        var complaint = complaint(reference);
        var e = worklists.explainOther(user, complaint.childId(), complaint.deadlines(), params);
        if (e.errors().isEmpty()) {
            return "redirect:/complaints/" + reference;
        }
        return latenessPage(model, complaint, e, params);
    }

    private String latenessPage(Model model, LoggedComplaint complaint, Worklists.Explanation e,
            java.util.Map<String, String> params) {
        model.addAttribute("explanation", e);
        model.addAttribute("errors", e.errors());
        model.addAttribute("values", params);
        model.addAttribute("reasons", worklists.reasons());
        model.addAttribute("noteLimit", Worklists.NOTE_LIMIT);
        model.addAttribute("whose", complaint.childName() + " (" + complaint.childId() + "), complaint "
                + complaint.reference());
        model.addAttribute("action", "/complaints/" + complaint.reference() + "/lateness");
        model.addAttribute("back", "/complaints/" + complaint.reference());
        model.addAttribute("backText", "Back to the complaint");
        return "worklists/lateness";
    }

    private LoggedComplaint complaint(String reference) {
        return (reference.matches("CP\\d{4}-\\d{4}") ? register.find(reference) : java.util.Optional.<LoggedComplaint>empty())
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.NOT_FOUND, "No complaint " + reference));
    }

    /** Today's digest of every open stage deadline (whatever the filter). */
    static ComplaintDigest digest(ComplaintRegister register, TimescaleSettings settings, List<LoggedComplaint> all) {
        return ComplaintDigest.of(lines(all, null, java.util.Map.of()), register.today(), settings.dueSoonWorkingDays(),
                WorkingDayCalendar.englandAndWales());
    }

    static List<ComplaintWorkItem> lines(List<LoggedComplaint> complaints, @Nullable DeadlineRule only,
            java.util.Map<String, LatenessExplanation> explanations) {
        var lines = new ArrayList<ComplaintWorkItem>();
        for (var c : complaints) {
            for (var d : c.deadlines()) {
                if (!d.status().isDone() && (only == null || d.rule() == only)) {
                    lines.add(new ComplaintWorkItem(c, d,
                            explanations.get(LatenessExplanation.key(c.childId(), d.rule(), d.due()))));
                }
            }
        }
        lines.sort(Comparator.comparing((ComplaintWorkItem l) -> !l.overdue()).thenComparing(l -> l.item().due())
                .thenComparing(l -> l.complaint().reference()));
        return lines;
    }

    private static @Nullable DeadlineRule stage(@Nullable String rule) {
        if (rule == null || rule.isBlank()) {
            return null;
        }
        for (var s : STAGES) {
            if (s.name().equals(rule.strip())) {
                return s;
            }
        }
        return null;
    }
}
