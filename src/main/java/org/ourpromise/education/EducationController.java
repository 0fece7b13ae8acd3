package org.ourpromise.education;

import java.util.List;
import java.util.Map;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.children.ChildRegister;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A child's education record: school history, times not in education and attendance; the forms that change them. */
@Controller
class EducationController {

    private final EducationAccess access;
    private final SchoolHistory history;
    private final SchoolList schools;
    private final ChildEducation education;
    private final Exclusions exclusions;
    private final PepPlans plans;

    EducationController(EducationAccess access, SchoolHistory history, SchoolList schools, ChildEducation education,
            Exclusions exclusions, PepPlans plans) {
        this.access = access;
        this.plans = plans;
        this.exclusions = exclusions;
        this.history = history;
        this.schools = schools;
        this.education = education;
    }

    @GetMapping("/education/children/{childId}")
    @Transactional
    String child(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, Model model) {
        var child = access.open(user, childId, "opened the education record");
        model.addAttribute("child", child);
        var view = education.of(childId);
        model.addAttribute("education", view);
        var mine = exclusions.byChild(childId);
        var newestFirst = new java.util.ArrayList<>(mine.getOrDefault(childId, List.of()));
        java.util.Collections.reverse(newestFirst);
        model.addAttribute("exclusions", newestFirst);
        model.addAttribute("exclusionsThisYear", ExclusionFigures.of(mine, List.of(childId), view.year().first(),
                view.today()));
        model.addAttribute("schoolNames", schools.all());
        var peps = new java.util.ArrayList<>(plans.byChild(childId).getOrDefault(childId, List.of()));
        java.util.Collections.reverse(peps);
        model.addAttribute("peps", peps);
        model.addAttribute("ratesPeps", user.can(org.ourpromise.access.Permission.MANAGE_EDUCATION));
        return "education/child";
    }

    @GetMapping("/education/children/{childId}/schools/{id}")
    @Transactional
    String placement(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, @PathVariable String id,
            Model model) {
        var child = access.open(user, childId, "opened the school form");
        long placementId = FormSteps.id(id);
        var values = FormSteps.values(placementId, () -> history.placement(childId, placementId),
                SchoolPlacementForm::values);
        return placementForm(model, child, placementId, values, Map.of());
    }

    @PostMapping("/education/children/{childId}/schools/{id}")
    @Transactional
    String savePlacement(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @PathVariable String id, @RequestParam Map<String, String> params, Model model) {
        var child = access.open(user, childId, "opened the school form");
        long placementId = FormSteps.id(id);
        FormSteps.mustExist(placementId, () -> history.placement(childId, placementId));
        var read = SchoolPlacementForm.read(params, placementId, childId, child.identity().dateOfBirth(),
                education.today(), schools::find);
        if (!read.errors().isEmpty()) {
            return placementForm(model, child, placementId, params, read.errors());
        }
        if (read.newSchool() != null) {
            schools.addIfAbsent(read.newSchool());
        }
        var p = read.placement();
        if (placementId == 0) {
            history.add(p, user.username());
        } else if (!history.update(p, user.username())) {
            var fresh = FormSteps.values(placementId, () -> history.placement(childId, placementId),
                    SchoolPlacementForm::values);
            return placementForm(model, child, placementId, fresh, Map.of("urn", FormSteps.STALE));
        }
        access.changed(childId, (placementId == 0 ? "added" : "changed") + " school " + p.urn() + " from "
                + p.started() + (p.ended() == null ? "" : " to " + p.ended()));
        return "redirect:/education/children/" + childId;
    }

    @GetMapping("/education/children/{childId}/not-in-education/{id}")
    @Transactional
    String spell(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, @PathVariable String id,
            Model model) {
        var child = access.open(user, childId, "opened the not-in-education form");
        long spellId = FormSteps.id(id);
        var values = FormSteps.values(spellId, () -> history.notInEducation(childId, spellId), NotInEducationForm::values);
        return spellForm(model, child, spellId, values, Map.of());
    }

    @PostMapping("/education/children/{childId}/not-in-education/{id}")
    @Transactional
    String saveSpell(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, @PathVariable String id,
            @RequestParam Map<String, String> params, Model model) {
        var child = access.open(user, childId, "opened the not-in-education form");
        long spellId = FormSteps.id(id);
        FormSteps.mustExist(spellId, () -> history.notInEducation(childId, spellId));
        var read = NotInEducationForm.read(params, spellId, childId, child.identity().dateOfBirth(), education.today());
        if (!read.errors().isEmpty()) {
            return spellForm(model, child, spellId, params, read.errors());
        }
        if (spellId == 0) {
            history.add(read.spell(), user.username());
        } else if (!history.update(read.spell(), user.username())) {
            var fresh = FormSteps.values(spellId, () -> history.notInEducation(childId, spellId),
                    NotInEducationForm::values);
            return spellForm(model, child, spellId, fresh, Map.of("since", FormSteps.STALE));
        }
        access.changed(childId, "recorded not in education since " + read.spell().since() + ": "
                + read.spell().reason().words());
        return "redirect:/education/children/" + childId;
    }

    private String placementForm(Model model, ChildRegister.RegisteredChild child, long id, Map<String, String> values,
            Map<String, String> errors) {
        FormSteps.form(model, child, values, errors).addAttribute("placementId", id);
        model.addAttribute("yearGroups", SchoolPlacementForm.yearGroupChoices());
        model.addAttribute("senChoices", SchoolPlacementForm.senChoices());
        model.addAttribute("known", schools.find(values.getOrDefault("urn", "")).orElse(null));
        return "education/school";
    }

    private String spellForm(Model model, ChildRegister.RegisteredChild child, long id, Map<String, String> values,
            Map<String, String> errors) {
        FormSteps.form(model, child, values, errors).addAttribute("spellId", id);
        model.addAttribute("reasons", NotInEducationForm.reasonChoices());
        return "education/not-in-education";
    }
}
