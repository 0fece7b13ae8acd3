package org.ourpromise.worklists;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.casefile.Confirmation;
import org.ourpromise.casefile.StaleEdit;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The council maintains its list of reasons for lateness: add, retire, restore. Every change is audited. */
@Controller
class LatenessReasonsController {

    private final LatenessReasons reasons;
    private final AuditLog audit;

    LatenessReasonsController(LatenessReasons reasons, AuditLog audit) {
        this.reasons = reasons;
        this.audit = audit;
    }

    @GetMapping("/admin/lateness-reasons")
    String list(Model model) {
        model.addAttribute("reasons", reasons.list());
        model.addAttribute("label", "");
        return "worklists/reasons";
    }

    @PostMapping("/admin/lateness-reasons")
    @Transactional
    String add(@RequestParam(defaultValue = "") String label, Model model) {
        String error = reasons.add(label);
        if (error != null) {
            model.addAttribute("reasons", reasons.list());
            model.addAttribute("label", label);
            model.addAttribute("error", error);
            return "worklists/reasons";
        }
        audit.record(AuditLog.Action.EDIT_LIST, null, "added the reason for lateness \"" + label.strip() + "\"");
        return "redirect:/admin/lateness-reasons";
    }

    @PostMapping("/admin/lateness-reasons/{id}/{change}")
    @Transactional
    String change(@PathVariable int id, @PathVariable String change,
            @RequestParam(required = false) @Nullable String version, @RequestParam Map<String, String> params,
            Model model) {
        boolean active = switch (change) {
            case "retire" -> false;
            case "restore" -> true;
            default -> throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        };
        if (!active && !Confirmation.given(params)) {
            var reason = reasons.list().stream().filter(r -> r.id() == id).findFirst()
                    .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
            return Confirmation.ask(model, "Are you sure you want to retire the reason \u201c" + reason.label() + "\u201d?",
                    "Workers will no longer be offered it. Explanations already recorded keep it, and you can restore it later.",
                    "Yes, retire this reason", "/admin/lateness-reasons/" + id + "/retire", "/admin/lateness-reasons", params);
        }
        var changed = reasons.setActive(id, active, StaleEdit.versionOf(version))
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        if (!changed) {
            // someone else changed this reason since the page was opened: theirs beside this user's, nothing saved
            var now = reasons.list().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
            var errors = new java.util.HashMap<String, String>();
            new StaleEdit(now.version()).compare("Offered to workers: " + now.label(), offered(now.active()),
                    offered(active)).show(model, errors, "label");
            model.addAttribute("reasons", reasons.list());
            model.addAttribute("label", "");
            model.addAttribute("error", errors.get("label"));
            return "worklists/reasons";
        }
        audit.record(AuditLog.Action.EDIT_LIST, null, (active ? "restored" : "retired") + " reason for lateness " + id);
        return "redirect:/admin/lateness-reasons";
    }

    private static String offered(boolean active) {
        return active ? "Yes" : "No, retired";
    }
}
