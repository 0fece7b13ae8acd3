package org.ourpromise.education;

import java.util.List;
import java.util.Map;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.SuccessBanner;
import org.ourpromise.children.ChildRegister;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The form for a child's suspension or permanent exclusion, from their education page. */
@Controller
class ExclusionController {

    private final EducationAccess access;
    private final Exclusions exclusions;
    private final SchoolHistory history;
    private final ChildEducation education;

    ExclusionController(EducationAccess access, Exclusions exclusions, SchoolHistory history, ChildEducation education) {
        this.access = access;
        this.exclusions = exclusions;
        this.history = history;
        this.education = education;
    }

    @GetMapping("/education/children/{childId}/exclusions/{id}")
    @Transactional
    String show(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, @PathVariable String id,
            Model model) {
        var child = access.open(user, childId, "opened the exclusion form");
        long exclusionId = FormSteps.id(id);
        var values = FormSteps.values(exclusionId, () -> exclusions.find(childId, exclusionId), ExclusionForm::values);
        return form(model, child, exclusionId, values, Map.of());
    }

    @PostMapping("/education/children/{childId}/exclusions/{id}")
    @Transactional
    String save(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, @PathVariable String id,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes flash) {
        var child = access.open(user, childId, "opened the exclusion form");
        long exclusionId = FormSteps.id(id);
        FormSteps.mustExist(exclusionId, () -> exclusions.find(childId, exclusionId));
        var read = ExclusionForm.read(params, exclusionId, childId, education.today(),
                history.placements(childId).getOrDefault(childId, List.of()));
        if (!read.errors().isEmpty()) {
            return form(model, child, exclusionId, params, read.errors());
        }
        var e = read.exclusion();
        if (exclusionId == 0) {
            exclusions.add(e, user.username());
        } else if (!exclusions.update(e, user.username())) {
            var fresh = FormSteps.values(exclusionId, () -> exclusions.find(childId, exclusionId), ExclusionForm::values);
            return form(model, child, exclusionId, fresh, Map.of("kind", FormSteps.STALE));
        }
        access.changed(childId, (exclusionId == 0 ? "recorded " : "changed ") + e.kind().words().toLowerCase()
                + " from " + e.started() + (e.days() == null ? "" : " for " + e.daysWords() + " school days") + ": "
                + e.reason().words());
        SuccessBanner.flash(flash, e.kind().words() + " saved");
        return "redirect:/education/children/" + childId;
    }

    private static String form(Model model, ChildRegister.RegisteredChild child, long id, Map<String, String> values,
            Map<String, String> errors) {
        FormSteps.form(model, child, values, errors).addAttribute("exclusionId", id);
        model.addAttribute("kinds", ExclusionForm.kindChoices());
        model.addAttribute("reasons", ExclusionForm.reasonChoices());
        return "education/exclusion";
    }
}
