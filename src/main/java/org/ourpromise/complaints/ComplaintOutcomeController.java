package org.ourpromise.complaints;

import java.util.List;
import java.util.Map;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.FormInput;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The complaints officer records how a complaint ended: outcomes by stage, themes, learning, the Ombudsman. */
@Controller
class ComplaintOutcomeController {

    private final ComplaintRegister register;
    private final ComplaintOutcomes outcomes;
    private final AuditLog audit;

    ComplaintOutcomeController(ComplaintRegister register, ComplaintOutcomes outcomes, AuditLog audit) {
        this.register = register;
        this.outcomes = outcomes;
        this.audit = audit;
    }

    @GetMapping("/complaints/{reference}/outcome")
    @Transactional
    String show(@PathVariable String reference, Model model) {
        var logged = find(reference);
        audit.record(AuditLog.Action.VIEW_RECORD, logged.childId(), "viewed the outcome of complaint " + reference);
        var outcome = outcomes.of(reference);
        return page(model, logged, OutcomeForm.values(outcome), outcome.themes().stream().map(String::valueOf).toList(),
                Map.of());
    }

    @PostMapping("/complaints/{reference}/outcome")
    @Transactional
    String save(@AuthenticationPrincipal PromiseUser user, @PathVariable String reference,
            @RequestParam MultiValueMap<String, String> form, Model model) {
        var logged = find(reference);
        var params = form.toSingleValueMap();
        var themes = form.getOrDefault("themes", List.of());
        var in = new FormInput(params);
        var read = OutcomeForm.read(in, themes, logged, outcomes.themes(), in.version(), register.today());
        if (read == null) {
            audit.record(AuditLog.Action.VIEW_RECORD, logged.childId(), "viewed the outcome of complaint " + reference
                    + " (changes not saved: " + in.errors().size() + " problems)");
            return page(model, logged, unreachedCleared(params, logged, in.errors()), themes, in.errors());
        }
        if (!outcomes.save(read, in.version(), user.username())) {
            audit.record(AuditLog.Action.VIEW_RECORD, logged.childId(), "viewed the outcome of complaint " + reference
                    + " (changes not saved: saved by someone else since the page was opened)");
            var values = new java.util.HashMap<>(params);
            values.put("version", String.valueOf(outcomes.of(reference).version()));
            return page(model, logged, values, themes, Map.of("version", "Someone else saved this outcome after you "
                    + "opened it. Nothing was saved: check the complaint, then save again to apply your changes"));
        }
        audit.record(AuditLog.Action.RECORD_EVENT, logged.childId(), "recorded the outcome of complaint " + reference
                + (read.last() == null ? "" : ": " + read.last().words().toLowerCase(java.util.Locale.UK)));
        return "redirect:/complaints/" + reference;
    }

    /**
     * An outcome sent for a stage the complaint did not reach (a page opened before the stage was taken off): the
     * page shows that stage's question again, with its error and nothing chosen, so saving again leaves it blank.
     */
    private static Map<String, String> unreachedCleared(Map<String, String> params, LoggedComplaint logged,
            Map<String, String> errors) {
        var values = new java.util.HashMap<>(params);
        if (logged.complaint().stage2Requested() == null && errors.containsKey("stage2Outcome")) {
            values.remove("stage2Outcome");
        }
        if (logged.complaint().stage3Requested() == null && errors.containsKey("stage3Outcome")) {
            values.remove("stage3Outcome");
        }
        return values;
    }

    private String page(Model model, LoggedComplaint logged, Map<String, String> values, List<String> themes,
            Map<String, String> errors) {
        model.addAttribute("complaint", logged);
        model.addAttribute("values", values);
        model.addAttribute("chosenThemes", themes);
        model.addAttribute("themes", outcomes.themes());
        model.addAttribute("findings", OutcomeForm.findings());
        model.addAttribute("ombudsmanFindings", OutcomeForm.ombudsmanFindings());
        model.addAttribute("noHints", Map.of());
        model.addAttribute("errors", errors);
        return "complaints/outcome";
    }

    private LoggedComplaint find(String reference) {
        if (!reference.matches("CP\\d{4}-\\d{4}")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No complaint " + reference);
        }
        return register.find(reference)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No complaint " + reference));
    }
}
