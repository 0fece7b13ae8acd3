package org.ourpromise.education;

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

/**
 * A PEP's content (written up by whoever records the child's education) and its quality rating (the Virtual
 * School only: the path is theirs in the security configuration), from the child's education page.
 */
@Controller
class PepPlanController {

    private static final String CONTENT = "/education/children/{childId}/peps/{id}";
    private static final String QUALITY = "/education/children/{childId}/pep-quality/{id}";

    private final EducationAccess access;
    private final PepPlans plans;
    private final ChildEducation education;

    PepPlanController(EducationAccess access, PepPlans plans, ChildEducation education) {
        this.access = access;
        this.plans = plans;
        this.education = education;
    }

    @GetMapping(CONTENT)
    @Transactional
    String content(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, @PathVariable("id") String pepId,
            Model model) {
        var child = access.open(user, childId, "opened the PEP content form");
        var pep = pep(childId, pepId);
        return contentForm(model, child, pep, PepPlanForms.values(pep.content()), Map.of());
    }

    @PostMapping(CONTENT)
    @Transactional
    String saveContent(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @PathVariable("id") String pepId, @RequestParam Map<String, String> params, Model model, RedirectAttributes flash) {
        var child = access.open(user, childId, "opened the PEP content form");
        var pep = pep(childId, pepId);
        var read = PepPlanForms.content(params);
        if (!read.errors().isEmpty()) {
            return contentForm(model, child, pep, params, read.errors());
        }
        if (!plans.save(childId, pep.id(), read.content(), user.username())) {
            var fresh = pep(childId, pepId);
            return contentForm(model, child, fresh, PepPlanForms.values(fresh.content()), Map.of("targets", FormSteps.STALE));
        }
        access.changed(childId, "wrote up the PEP of " + pep.held() + (read.content().pupilPremiumPlus() == null ? ""
                : ", asking for Pupil Premium Plus of " + read.content().amountWords()));
        SuccessBanner.flash(flash, "Personal education plan saved");
        return "redirect:/education/children/" + childId;
    }

    @GetMapping(QUALITY)
    @Transactional
    String quality(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, @PathVariable("id") String pepId,
            Model model) {
        var child = access.open(user, childId, "opened the PEP quality form");
        var pep = pep(childId, pepId);
        return qualityForm(model, child, pep, PepPlanForms.values(pep.quality()), Map.of());
    }

    @PostMapping(QUALITY)
    @Transactional
    String saveQuality(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @PathVariable("id") String pepId, @RequestParam Map<String, String> params, Model model, RedirectAttributes flash) {
        var child = access.open(user, childId, "opened the PEP quality form");
        var pep = pep(childId, pepId);
        var read = PepPlanForms.quality(params, pep.held(), education.today(), user.username());
        if (!read.errors().isEmpty()) {
            return qualityForm(model, child, pep, params, read.errors());
        }
        if (!plans.save(childId, pep.id(), read.quality())) {
            var fresh = pep(childId, pepId);
            return qualityForm(model, child, fresh, PepPlanForms.values(fresh.quality()), Map.of("rating", FormSteps.STALE));
        }
        access.changed(childId, "rated the PEP of " + pep.held() + " " + read.quality().rating().words().toLowerCase());
        SuccessBanner.flash(flash, "Quality of the personal education plan saved");
        return "redirect:/education/children/" + childId;
    }

    private String contentForm(Model model, ChildRegister.RegisteredChild child, Pep pep, Map<String, String> values,
            Map<String, String> errors) {
        FormSteps.form(model, child, values, errors).addAttribute("pep", pep);
        return "education/pep-content";
    }

    private String qualityForm(Model model, ChildRegister.RegisteredChild child, Pep pep, Map<String, String> values,
            Map<String, String> errors) {
        FormSteps.form(model, child, values, errors).addAttribute("pep", pep);
        model.addAttribute("ratings", PepPlanForms.ratingChoices());
        return "education/pep-quality";
    }

    private Pep pep(String childId, String pepId) {
        return plans.find(childId, FormSteps.existingId(pepId)).orElseThrow(FormSteps::notFound);
    }
}
