package org.ourpromise.restricted;

import java.util.Map;
import java.util.Optional;
import org.ourpromise.access.Permission;
import org.ourpromise.access.RecordRestrictions;
import org.ourpromise.casefile.Confirmation;
import org.ourpromise.casefile.StaleEdit;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.SuccessBanner;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The manager's restriction page ({@code /children/{id}/restriction}) and the page that asks why a restricted record
 * must be opened ({@code /children/{id}/restricted}), to which every refused page about the child sends the user.
 */
@Controller
class RestrictionController {

    private final Restrictions restrictions;

    RestrictionController(Restrictions restrictions) {
        this.restrictions = restrictions;
    }

    @GetMapping("/children/{childId}/restriction")
    String restriction(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model) {
        return restrictionPage(user, childId, Map.of(), Map.of(), params, model);
    }

    @PostMapping("/children/{childId}/restriction")
    String restrict(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        if ("lift".equals(form.get("action")) && !Confirmation.given(form)) {
            restrictions.checkManager(user, childId);
            return Confirmation.ask(model, "Are you sure you want to lift this record's restriction?",
                    "Everyone whose work includes the child will be able to open the record without giving a reason.",
                    "Yes, lift the restriction", "/children/" + childId + "/restriction",
                    "/children/" + childId + "/restriction", form);
        }
        var errors = restrictions.save(user, childId, form);
        if (errors.isEmpty()) {
            SuccessBanner.flash(redirect, "The record's restriction has been saved.");
            return "redirect:/children/" + childId + "/restriction";
        }
        return restrictionPage(user, childId, errors, form, Map.of(), model);
    }

    private String restrictionPage(PromiseUser user, String childId, Map<String, String> errors,
            Map<String, String> form, Map<String, String> params, Model model) {
        var page = restrictions.page(user, childId);
        model.addAttribute("childId", childId);
        model.addAttribute("page", page);
        model.addAttribute("list", RestrictionCsvController.OPENING_COLUMNS.page(page.openings(), params.get("sort"),
                params.get("order"), params.get("page"), "/children/" + childId + "/restriction", Map.of()));
        model.addAttribute("errors", errors);
        var current = page.restriction().filter(r -> r.active());
        model.addAttribute("named", form.getOrDefault("named",
                current.map(r -> String.join("\n", r.named())).orElse("")));
        model.addAttribute("reason", form.getOrDefault("reason", current.map(r -> r.reason()).orElse("")));
        model.addAttribute("version", page.restriction().map(r -> r.version()).orElse(0));
        if (StaleEdit.MESSAGE.equals(errors.get("named"))) {
            model.addAttribute("stale", changes(current, page.restriction().map(r -> r.version()).orElse(0), form));
        }
        return "restricted/restriction";
    }

    /** A save refused as stale: the restriction saved now beside what the manager entered. */
    private static StaleEdit changes(Optional<RecordRestrictions.Restriction> now, int version, Map<String, String> form) {
        boolean lift = "lift".equals(form.get("action"));
        var entered = java.util.Arrays.stream(form.getOrDefault("named", "").split("[\\s,;]+"))
                .filter(n -> !n.isEmpty()).sorted().toList();
        return new StaleEdit(version)
                .compare("Restricted", now.isPresent() ? "Yes" : "No", lift ? "No" : "Yes")
                .compare("Who may open the record", now.map(r -> String.join(", ", r.named().stream().sorted().toList()))
                        .orElse(""), lift ? "" : String.join(", ", entered))
                .compare("Why the record is restricted", now.map(RecordRestrictions.Restriction::reason).orElse(""),
                        lift ? "" : form.get("reason"));
    }

    @GetMapping("/children/{childId}/restricted")
    String askReason(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, Model model) {
        if (!restrictions.needsReason(user, childId)) {
            return "redirect:" + afterOpening(user, childId);
        }
        return reasonPage(childId, Map.of(), "", model);
    }

    @PostMapping("/children/{childId}/restricted")
    String open(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam(defaultValue = "") String reason, Model model) {
        var errors = restrictions.open(user, childId, reason);
        if (errors.isEmpty()) {
            return "redirect:" + afterOpening(user, childId);
        }
        return reasonPage(childId, errors, reason, model);
    }

    /** A page the user may open about the child: the record for case workers, else their role's own page. */
    private static String afterOpening(PromiseUser user, String childId) {
        if (user.can(Permission.VIEW_CHILD_RECORDS)) {
            return "/children/" + childId;
        }
        return user.can(Permission.MANAGE_EDUCATION) ? "/education/children/" + childId : "/health";
    }

    private String reasonPage(String childId, Map<String, String> errors, String reason, Model model) {
        model.addAttribute("childId", childId);
        model.addAttribute("errors", errors);
        model.addAttribute("reason", reason);
        model.addAttribute("minutes", restrictions.openForMinutes());
        return "restricted/break-glass";
    }
}
