package org.ourpromise.voice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.ourpromise.casefile.SuccessBanner;
import org.ourpromise.access.AuditLog;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.children.ChildRegister;
import org.ourpromise.complaints.ComplaintRegister;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * Advocacy: requests for an advocate, the allocation, and the complaint (checked against the complaints register:
 * it must exist and be by or about the same young person) or the review the advocate helps with.
 */
@Controller
class AdvocacyController {

    private final Advocacy advocacy;
    private final ChildRegister children;
    private final ComplaintRegister complaints;
    private final AuditLog audit;
    private final Clock clock;

    AdvocacyController(Advocacy advocacy, ChildRegister children, ComplaintRegister complaints, AuditLog audit,
            Clock clock) {
        this.advocacy = advocacy;
        this.children = children;
        this.complaints = complaints;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/voice/advocacy")
    @Transactional
    String list(@RequestParam Map<String, String> params, Model model) {
        return list(model, params, new HashMap<>(), Map.of());
    }

    @PostMapping("/voice/advocacy")
    @Transactional
    String request(@RequestParam Map<String, String> params, Model model, RedirectAttributes flash) {
        var in = new FormInput(params);
        var today = LocalDate.now(clock);
        String child = in.raw("child");
        if (child.isEmpty()) {
            in.error("child", "Enter the young person's child ID");
        } else if (!child.matches("[A-Za-z0-9-]{1,40}") || !children.exists(child)) {
            in.error("child", "There is no child with the ID " + child);
        }
        var by = in.choice("requestedBy", java.util.EnumSet.allOf(Advocacy.RequestedBy.class),
                "Select who asked for an advocate");
        var on = in.date("requestedOn", "date it was asked for", true, today);
        var forWhat = in.text("forWhat", "what the advocate is for", 500, true);
        String complaint = in.raw("complaint").toUpperCase(java.util.Locale.ROOT);
        if (!complaint.isEmpty()) {
            var found = complaint.matches("CP\\d{4}-\\d{4}") ? complaints.find(complaint)
                    : java.util.Optional.<org.ourpromise.complaints.LoggedComplaint>empty();
            if (found.isEmpty()) {
                in.error("complaint", "There is no complaint with the reference " + complaint);
            } else if (!found.get().childId().equals(child)) {
                in.error("complaint", "Complaint " + complaint + " is not by or about this young person");
            }
        }
        var reviewOn = in.date("reviewOn", "date of the review", false, today.plusYears(1));
        if (in.hasErrors()) {
            return list(model, Map.of(), params, in.errors());
        }
        advocacy.add(child, by, on, forWhat, complaint.isEmpty() ? null : complaint, reviewOn, null, null);
        audit.record(AuditLog.Action.RECORD_EVENT, child, "asked for an advocate");
        SuccessBanner.flash(flash, "The request for an advocate was recorded");
        return "redirect:/voice/advocacy";
    }

    @PostMapping("/voice/advocacy/{id}")
    @Transactional
    String allocate(@PathVariable String id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes flash) {
        var request = find(id);
        var in = new FormInput(params);
        String field = "advocate-" + request.id();
        String advocate = in.raw("advocate");
        var on = in.date("allocatedOn", "date the advocate was allocated", true, LocalDate.now(clock));
        if (advocate.isEmpty() || advocate.length() > 100) {
            in.error(field, "Enter the advocate's name, in 100 characters or fewer");
        }
        if (on != null && on.isBefore(request.requestedOn())) {
            in.error(field, "The advocate cannot be allocated before the request was made");
        }
        if (in.errors().containsKey("allocatedOn")) {
            in.error(field, in.errors().get("allocatedOn"));
            in.errors().remove("allocatedOn");
        }
        if (!in.hasErrors() && !advocacy.allocate(request.id(), advocate, on, in.version())) {
            in.error(field, "Someone else saved this request after you opened the page, so your change was not "
                    + "saved. Check it and save again");
        }
        if (in.hasErrors()) {
            return list(model, params, new HashMap<>(), in.errors());
        }
        audit.record(AuditLog.Action.RECORD_EVENT, request.childId(), "allocated an advocate");
        SuccessBanner.flash(flash, "The advocate was allocated");
        return "redirect:/voice/advocacy";
    }

    /** The page of requests asked for ({@code sort}, {@code order}, {@code page}; kept by an allocation's form). */
    private String list(Model model, Map<String, String> listParams, Map<String, String> values,
            Map<String, String> errors) {
        var list = VoiceLists.advocacyPage(advocacy.all(), listParams);
        audit.recordShown(AuditLog.Action.VIEW_RECORD, list.items().stream().map(Advocacy.Request::childId).distinct()
                .toList(), "viewed the requests for an advocate");
        model.addAttribute("list", list);
        model.addAttribute("requests", list.items());
        model.addAttribute("requestedBy", VoiceChoices.words(Advocacy.RequestedBy.values(), Advocacy.RequestedBy::words));
        model.addAttribute("noHints", Map.of());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "voice/advocacy";
    }

    private Advocacy.Request find(String id) {
        return (id.matches("\\d{1,9}") ? advocacy.find(Long.parseLong(id)) : java.util.Optional.<Advocacy.Request>empty())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such request"));
    }
}
