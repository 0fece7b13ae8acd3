package org.ourpromise.complaints;

import org.ourpromise.access.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The council's list of complaint themes, kept by administrators like the reasons for lateness. */
@Controller
class ComplaintThemesController {

    private final ComplaintOutcomes outcomes;
    private final AuditLog audit;

    ComplaintThemesController(ComplaintOutcomes outcomes, AuditLog audit) {
        this.outcomes = outcomes;
        this.audit = audit;
    }

    @GetMapping("/admin/complaint-themes")
    String list(Model model) {
        return page(model, "", null);
    }

    @PostMapping("/admin/complaint-themes")
    @Transactional
    String add(@RequestParam(defaultValue = "") String label, Model model) {
        String error = outcomes.addTheme(label);
        if (error != null) {
            return page(model, label, error);
        }
        audit.record(AuditLog.Action.EDIT_LIST, null, "added the complaint theme \"" + label.strip() + "\"");
        return "redirect:/admin/complaint-themes";
    }

    @PostMapping("/admin/complaint-themes/{id}/{change}")
    @Transactional
    String change(@PathVariable String id, @PathVariable String change,
            @RequestParam(defaultValue = "") String version, @RequestParam java.util.Map<String, String> params,
            Model model) {
        boolean retire = switch (change) {
            case "retire" -> true;
            case "restore" -> false;
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
        if (!id.matches("\\d{1,12}")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (retire && !org.ourpromise.casefile.Confirmation.given(params)) {
            var theme = outcomes.themes().stream().filter(t -> String.valueOf(t.id()).equals(id)).findFirst()
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            return org.ourpromise.casefile.Confirmation.ask(model, "Are you sure you want to retire the theme \u201c"
                    + theme.label() + "\u201d?", "It will no longer be offered for new outcomes. Complaints already"
                    + " given it keep it, and you can restore it later.", "Yes, retire this theme",
                    "/admin/complaint-themes/" + id + "/retire", "/admin/complaint-themes", params);
        }
        var changed = outcomes.setRetired(Long.parseLong(id), retire, version.matches("\\d{1,9}")
                ? Integer.parseInt(version) : -1).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!changed) {
            return page(model, "", "Someone else changed this theme after you opened the page. Nothing was saved: "
                    + "check the list below and try again");
        }
        audit.record(AuditLog.Action.EDIT_LIST, null, (retire ? "retired" : "restored") + " complaint theme " + id);
        return "redirect:/admin/complaint-themes";
    }

    private String page(Model model, String label, @org.jspecify.annotations.Nullable String error) {
        model.addAttribute("themes", outcomes.themes());
        model.addAttribute("label", label);
        model.addAttribute("error", error);
        return "complaints/themes";
    }
}
