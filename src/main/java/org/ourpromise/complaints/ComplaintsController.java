package org.ourpromise.complaints;

import java.util.HashMap;
import java.util.Map;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.children.ChildRegister;
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

/**
 * The complaints officer logs a complaint and records each stage as it happens; the page shows the stage
 * deadlines the engine works out. Every view and change is audited against the child.
 */
@Controller
class ComplaintsController {

    private static final String REFERENCE = "CP\\d{4}-\\d{4}";
    private static final String CHILD_ID = "[A-Za-z0-9-]{1,40}";

    private final ComplaintRegister register;
    private final ChildRegister children;
    private final AuditLog audit;

    ComplaintsController(ComplaintRegister register, ChildRegister children, AuditLog audit) {
        this.register = register;
        this.children = children;
        this.audit = audit;
    }

    @GetMapping("/complaints/new")
    String newComplaint(Model model) {
        return form(model, new HashMap<>(), new HashMap<>());
    }

    @PostMapping("/complaints/new")
    @Transactional
    String log(@AuthenticationPrincipal PromiseUser user, @RequestParam Map<String, String> params, Model model) {
        String childId = params.getOrDefault("child", "").strip();
        var child = childId.matches(CHILD_ID) ? children.find(childId) : java.util.Optional.<ChildRegister.RegisteredChild>empty();
        if (child.isEmpty()) {
            var errors = new HashMap<String, String>();
            errors.put("child", childId.isEmpty() ? "Enter the child's ID" : "There is no child with the ID " + childId);
            var read = ComplaintForm.read(params, "", "", java.time.LocalDate.MIN, register.today());
            errors.putAll(read.errors());
            return form(model, params, errors);
        }
        var read = ComplaintForm.read(params, "", childId, child.get().identity().dateOfBirth(), register.today());
        if (!read.errors().isEmpty()) {
            return form(model, params, read.errors());
        }
        String reference = register.add(childId, read.complaint().received(), read.summary(), read.madeBy(),
                user.username());
        audit.record(AuditLog.Action.RECORD_EVENT, childId, "logged complaint " + reference);
        return "redirect:/complaints/" + reference;
    }

    @GetMapping("/complaints/{reference}")
    @Transactional
    String show(@PathVariable String reference, Model model) {
        var logged = find(reference);
        audit.record(AuditLog.Action.VIEW_RECORD, logged.childId(), "viewed complaint " + reference);
        model.addAttribute("complaint", logged);
        model.addAttribute("values", ComplaintForm.values(logged));
        model.addAttribute("madeByChoices", ComplaintForm.madeByChoices());
        model.addAttribute("noHints", Map.of());
        model.addAttribute("errors", Map.of());
        model.addAttribute("today", register.today());
        model.addAttribute("version", register.version(reference));
        return "complaints/complaint";
    }

    @PostMapping("/complaints/{reference}")
    @Transactional
    String update(@AuthenticationPrincipal PromiseUser user, @PathVariable String reference,
            @RequestParam Map<String, String> params, Model model) {
        var logged = find(reference);
        var child = children.find(logged.childId()).orElseThrow();
        var read = ComplaintForm.read(params, reference, logged.childId(), child.identity().dateOfBirth(),
                register.today());
        if (!read.errors().isEmpty()) {
            audit.record(AuditLog.Action.VIEW_RECORD, logged.childId(), "viewed complaint " + reference
                    + " (changes not saved: " + read.errors().size() + " problems)");
            model.addAttribute("complaint", logged);
            model.addAttribute("values", params);
            model.addAttribute("madeByChoices", ComplaintForm.madeByChoices());
            model.addAttribute("noHints", Map.of());
            model.addAttribute("errors", FormInput.inOrder(read.errors(), ComplaintForm.PAGE_ORDER));
            model.addAttribute("today", register.today());
            // the version the page was opened at: fixing the errors does not make someone else's save invisible
            model.addAttribute("version", params.getOrDefault("version", ""));
            return "complaints/complaint";
        }
        int version = parseVersion(params.get("version"));
        try {
            register.update(read.complaint(), read.summary(), read.madeBy(), user.username(), version);
        } catch (ComplaintRegister.StaleComplaintException e) {
            audit.record(AuditLog.Action.VIEW_RECORD, logged.childId(), "viewed complaint " + reference
                    + " (changes not saved: saved by someone else since the page was opened)");
            return stale(logged, read, params, model);
        }
        audit.record(AuditLog.Action.RECORD_EVENT, logged.childId(), "updated complaint " + reference + ": "
                + new LoggedComplaint(read.complaint(), read.summary(), read.madeBy(), "", "", logged.updatedAt(),
                        java.util.List.of())
                        .stage());
        return "redirect:/complaints/" + reference;
    }

    /**
     * Someone saved the complaint after this page was opened: nothing is saved; the page shows what is saved now
     * beside what this user entered, keeps their entries in the form at the new version, so saving again applies
     * them knowingly.
     */
    private String stale(LoggedComplaint saved, ComplaintForm.Result yours, Map<String, String> params, Model model) {
        var errors = new java.util.LinkedHashMap<String, String>();
        model.addAttribute("complaint", saved);
        model.addAttribute("values", params);
        model.addAttribute("madeByChoices", ComplaintForm.madeByChoices());
        model.addAttribute("noHints", Map.of());
        model.addAttribute("errors", errors);
        model.addAttribute("today", register.today());
        ComplaintChanges.between(saved, yours, register.version(saved.reference())).show(model, errors, "summary");
        return "complaints/complaint";
    }

    private static int parseVersion(String text) {
        try {
            return text == null ? -1 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private LoggedComplaint find(String reference) {
        if (!reference.matches(REFERENCE)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No complaint " + reference);
        }
        return register.find(reference)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No complaint " + reference));
    }

    private String form(Model model, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("values", values);
        model.addAttribute("madeByChoices", ComplaintForm.madeByChoices());
        model.addAttribute("noHints", Map.of());
        model.addAttribute("errors", FormInput.inOrder(errors, ComplaintForm.NEW_PAGE_ORDER));
        return "complaints/new";
    }
}
