package org.ourpromise.leavers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.CaseFile;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.SuccessBanner;
import org.ourpromise.record.ChildRecord;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A young person's Staying Put and Staying Close arrangements: each with its cost, the support to the former foster
 * carer (which stops at 21) and what it has come to this financial year, the council's monitoring visits and checks
 * with the next one due; the form to add an arrangement or change one at the version read, and the form to record
 * a monitoring visit or check. Refused input changes nothing; every view and change is audited.
 */
@Controller
class StayingArrangementController {

    static final String STALE = "Someone else changed this arrangement after you opened it, so your changes were not"
            + " saved. Their version is shown: make your changes to it and save again.";
    static final int NOTES_MAX = 1000;
    private static final String PAGE = "/leavers/children/{childId}/arrangements";

    /** How the council monitored the arrangement. */
    enum How {
        VISIT("A visit to the home"), CALL("A check by phone or video with the carer and the young person");

        private final String words;

        How(String words) {
            this.words = words;
        }

        String words() {
            return words;
        }
    }

    /** An arrangement on the page: its support this financial year (stopping at 21) and its next check. */
    record Shown(LeavingCareOffer.StayingArrangement a, BigDecimal supportThisYear, LocalDate supportStops,
            @Nullable LocalDate monitoringDue, boolean overdue, List<LeavingCareOffer.Check> checks) {
    }

    private final CaseFile caseFile;
    private final LeavingCareOffer offer;
    private final StayingSettings settings;
    private final AuditLog audit;

    StayingArrangementController(CaseFile caseFile, LeavingCareOffer offer, StayingSettings settings,
            AuditLog audit) {
        this.caseFile = caseFile;
        this.offer = offer;
        this.settings = settings;
        this.audit = audit;
    }

    @GetMapping(PAGE)
    @Transactional
    String show(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam(required = false) @Nullable String edit, Model model) {
        var child = caseFile.open(user, childId, "viewed the Staying Put and Staying Close arrangements");
        var editing = edit != null && edit.matches("\\d{1,12}")
                ? offer.arrangement(childId, Long.parseLong(edit)).orElse(null) : null;
        return page(child, model, editing, StayingArrangementForm.values(editing), checkValues(), Map.of());
    }

    @PostMapping({PAGE, PAGE + "/{id}"})
    @Transactional
    String save(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @PathVariable(name = "id", required = false) @Nullable Long arrangementId, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        var child = caseFile.read(user, childId);
        var existing = arrangementId == null ? null : offer.arrangement(childId, arrangementId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such arrangement"));
        var in = new FormInput(params);
        var a = StayingArrangementForm.read(in, childId, child.dateOfBirth(), existing == null ? 0 : existing.id(),
                caseFile.today());
        if (a == null) {
            audit.record(AuditLog.Action.VIEW_RECORD, childId, "viewed the Staying Put and Staying Close arrangements"
                    + " (not saved: " + in.errors().size() + " problems)");
            return page(child, model, existing, new HashMap<>(params), checkValues(), in.errors());
        }
        if (existing == null) {
            offer.addArrangement(a, user.username());
        } else if (!offer.updateArrangement(a, user.username())) {
            var now = offer.arrangement(childId, existing.id()).orElseThrow();
            audit.record(AuditLog.Action.VIEW_RECORD, childId, "viewed the Staying Put and Staying Close arrangements"
                    + " (not saved: changed since)");
            return page(child, model, now, StayingArrangementForm.values(now), checkValues(), Map.of("kind", STALE));
        }
        audit.record(AuditLog.Action.RECORD_EVENT, childId, (existing == null ? "recorded " : "changed ")
                + a.kind().words() + " from " + a.started() + (a.ended() == null ? "" : " to " + a.ended())
                + ", weekly cost " + a.weeklyCost() + ", support to the carer " + a.carerSupport());
        SuccessBanner.flash(redirect, "The " + a.kind().words() + " arrangement is saved");
        return "redirect:/leavers/children/" + childId + "/arrangements";
    }

    @PostMapping(PAGE + "/checks")
    @Transactional
    String check(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        var child = caseFile.read(user, childId);
        if (offer.arrangements(childId).stream().noneMatch(x -> x.isCurrentOn(caseFile.today()))) {
            // the monitoring form shows only beside a current arrangement: point to the form that records one
            return page(child, model, null, StayingArrangementForm.values(null), new HashMap<>(), Map.of("kind",
                    "Record the Staying Put or Staying Close arrangement before its monitoring"));
        }
        var in = new FormInput(params);
        var a = in.raw("arrangementId").matches("\\d{1,12}")
                ? offer.arrangement(childId, Long.parseLong(in.raw("arrangementId"))).orElse(null) : null;
        if (a == null) {
            in.error("arrangementId", "Select the arrangement that was monitored");
        }
        var checkedOn = in.date("checkedOn", "date of the visit or check", true, caseFile.today());
        if (a != null && checkedOn != null && checkedOn.isBefore(a.started())) {
            in.error("checkedOn", "The date of the visit or check must be on or after the date the arrangement started");
        }
        var how = in.choice("how", List.of(How.values()), "Select whether it was a visit or a check");
        var notes = in.text("notes", "notes on what was found", NOTES_MAX, true);
        in.orderAsOnThePage("arrangementId", "checkedOn", "how", "notes");
        if (in.hasErrors() || a == null || checkedOn == null || how == null || notes == null) {
            audit.record(AuditLog.Action.VIEW_RECORD, childId, "viewed the Staying Put and Staying Close arrangements"
                    + " (monitoring not saved: " + in.errors().size() + " problems)");
            return page(child, model, null, StayingArrangementForm.values(null), new HashMap<>(params), in.errors());
        }
        offer.addCheck(new LeavingCareOffer.Check(0, a.id(), childId, checkedOn, how.name(), notes.strip(),
                user.username()), user.username());
        audit.record(AuditLog.Action.RECORD_EVENT, childId, "recorded the council's monitoring of the "
                + a.kind().words() + " arrangement on " + checkedOn);
        SuccessBanner.flash(redirect, "The monitoring " + (how == How.VISIT ? "visit" : "check") + " is saved");
        return "redirect:/leavers/children/" + childId + "/arrangements";
    }

    private static Map<String, String> checkValues() {
        return new HashMap<>();
    }

    /** The financial year (April to March) that holds the day: its first day. */
    static LocalDate yearStart(LocalDate day) {
        var april = LocalDate.of(day.getYear(), 4, 1);
        return day.isBefore(april) ? april.minusYears(1) : april;
    }

    private String page(ChildRecord child, Model model, LeavingCareOffer.@Nullable StayingArrangement editing,
            Map<String, String> values, Map<String, String> checkValues, Map<String, String> errors) {
        var childId = child.childId();
        var today = caseFile.today();
        var checks = offer.checks(childId);
        var shown = offer.arrangements(childId).stream().map(a -> {
            boolean current = a.isCurrentOn(today);
            var due = current ? StayingArrangements.monitoringDue(a, settings.monitoringMonths()) : null;
            return new Shown(a, StayingArrangements.supportBetween(a, child.dateOfBirth(), yearStart(today),
                    today.plusDays(1)), StayingArrangements.supportStops(a, child.dateOfBirth()), due,
                    due != null && due.isBefore(today), checks.stream().filter(c -> c.arrangementId() == a.id()).toList());
        }).toList();
        var all = new LinkedHashMap<String, String>(values);
        all.putAll(checkValues);
        model.addAttribute("child", child);
        model.addAttribute("name", child.identity().givenName() + " " + child.identity().familyName());
        model.addAttribute("today", today);
        model.addAttribute("yearStart", yearStart(today));
        model.addAttribute("shown", shown);
        model.addAttribute("editing", editing);
        model.addAttribute("kinds", StayingArrangementForm.kinds());
        model.addAttribute("kindHints", StayingArrangementForm.hints());
        var hows = new LinkedHashMap<String, String>();
        for (var h : How.values()) {
            hows.put(h.name(), h.words());
        }
        var current = new LinkedHashMap<String, String>();
        shown.stream().filter(s -> s.monitoringDue() != null).forEach(s -> current.put(String.valueOf(s.a().id()),
                s.a().kind().words() + " with " + s.a().carer() + ", from " + s.a().started().format(
                        java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))));
        if (current.size() == 1 && !all.containsKey("arrangementId")) {
            all.put("arrangementId", current.keySet().iterator().next());
        }
        model.addAttribute("hows", hows);
        model.addAttribute("currentArrangements", current);
        model.addAttribute("carerMax", StayingArrangementForm.CARER_MAX);
        model.addAttribute("notesMax", NOTES_MAX);
        model.addAttribute("values", all);
        model.addAttribute("errors", errors);
        return "leavers/arrangements";
    }
}
