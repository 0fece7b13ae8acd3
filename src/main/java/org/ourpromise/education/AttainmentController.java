package org.ourpromise.education;

import java.util.HashMap;
import java.util.Map;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.SuccessBanner;
import org.ourpromise.children.ChildRegister;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A child's results by key stage, and the form to enter one by hand (the import's rules; a result entered replaces
 * the one stored for the same school year and key stage, as the import does). Views and changes audited.
 */
@Controller
class AttainmentController {

    private final EducationAccess access;
    private final AttainmentStore store;
    private final ChildEducation education;

    AttainmentController(EducationAccess access, AttainmentStore store, ChildEducation education) {
        this.access = access;
        this.store = store;
        this.education = education;
    }

    @GetMapping("/education/children/{childId}/attainment/new")
    @Transactional
    String form(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, Model model) {
        var child = access.open(user, childId, "opened the results form");
        return page(model, child, new HashMap<>(), Map.of());
    }

    @PostMapping("/education/children/{childId}/attainment/new")
    @Transactional
    String save(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        var child = access.open(user, childId, "opened the results form");
        var read = AttainmentForm.read(params, childId, thisYear());
        if (read.result() == null) {
            return page(model, child, params, read.errors());
        }
        var r = read.result();
        int replaced = store.store(java.util.List.of(r), "entered by " + user.username());
        access.changed(childId, (replaced > 0 ? "changed " : "entered ") + r.keyStage() + " result for "
                + new SchoolYear(r.schoolYear()).words());
        SuccessBanner.flash(redirect, "The " + r.keyStage() + " result for " + new SchoolYear(r.schoolYear()).words()
                + " is saved");
        return "redirect:/education/children/" + childId + "/attainment/new";
    }

    private int thisYear() {
        return SchoolYear.of(education.today()).startYear();
    }

    private String page(Model model, ChildRegister.RegisteredChild child, Map<String, String> values,
            Map<String, String> errors) {
        model.addAttribute("child", child);
        model.addAttribute("results", store.results(child.childId()));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("years", AttainmentForm.years(thisYear()));
        model.addAttribute("stages", AttainmentForm.stages());
        var yesNo = new java.util.LinkedHashMap<String, String>();
        yesNo.put("Y", "Yes");
        yesNo.put("N", "No");
        model.addAttribute("yesNo", yesNo);
        model.addAttribute("noHints", Map.of());
        return "education/attainment";
    }
}
