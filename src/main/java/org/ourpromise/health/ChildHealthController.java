package org.ourpromise.health;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.StaleEdit;
import org.ourpromise.casefile.SuccessBanner;
import org.ourpromise.children.ChildRegister;
import org.ourpromise.health.HealthServices.Registration;
import org.ourpromise.health.HealthServices.Service;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A child's health page: registration with a GP, a dentist and an optician (each check kept), mental-health
 * referrals with how long the child waited, and a link to the health summary. The nurse and the child's workers.
 */
@Controller
class ChildHealthController {

    private static final String PAGE = "/health/children/{childId}";

    private final HealthAccess access;
    private final ChildHealthRepository health;

    ChildHealthController(HealthAccess access, ChildHealthRepository health) {
        this.access = access;
        this.health = health;
    }

    @GetMapping(PAGE)
    @Transactional
    String page(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, Model model) {
        var child = access.open(user, childId, "viewed the child's health page");
        return page(model, child, Map.of(), Map.of());
    }

    @PostMapping(PAGE + "/registrations")
    @Transactional
    String registration(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        var child = access.check(user, childId);
        var in = new FormInput(params);
        var r = ChildHealthForms.registration(in, childId, child.identity().dateOfBirth(), access.today());
        if (r == null) {
            access.changed(childId, "health page returned with errors: registration");
            return page(model, child, params, in.errors());
        }
        health.addRegistrations(List.of(r), user.username());
        String words = r.service().words() + (r.registered() ? ": registered" : ": not registered") + ", checked on "
                + org.ourpromise.returns.Ssda903Dates.format(r.checkedOn());
        access.changed(childId, "health registration: " + words);
        SuccessBanner.flash(redirect, words);
        return "redirect:/health/children/" + childId;
    }

    @PostMapping(PAGE + "/referrals")
    @Transactional
    String referral(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        var child = access.check(user, childId);
        var in = new FormInput(params);
        var r = ChildHealthForms.referral(in, childId, child.identity().dateOfBirth(), access.today());
        if (r == null) {
            access.changed(childId, "health page returned with errors: referral");
            return page(model, child, params, in.errors());
        }
        health.addReferrals(List.of(r), user.username());
        String words = "Referral to " + r.serviceWords() + " on " + org.ourpromise.returns.Ssda903Dates.format(r.referredOn());
        access.changed(childId, "mental-health referral: " + words);
        SuccessBanner.flash(redirect, words + " recorded");
        return "redirect:/health/children/" + childId;
    }

    @PostMapping(PAGE + "/referrals/{id}")
    @Transactional
    String firstSeen(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, @PathVariable long id,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        var child = access.check(user, childId);
        var referral = health.referrals(childId).getOrDefault(childId, List.of()).stream()
                .filter(r -> r.id() == id).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such referral"));
        var in = new FormInput(params);
        String field = "seen-" + id;
        var seen = ChildHealthForms.firstSeen(in, field, referral, access.today());
        if (seen == null || !health.firstSeen(childId, id, in.version(), seen)) {
            if (seen != null) {
                // someone else saved the referral first: nothing is saved, what is saved now is shown
                new StaleEdit(referral.version()).compare("Date first seen", referral.firstSeenOn() == null ? ""
                        : org.ourpromise.returns.Ssda903Dates.format(referral.firstSeenOn()),
                        org.ourpromise.returns.Ssda903Dates.format(seen)).show(model, in.errors(), field);
            }
            access.changed(childId, "health page returned with errors: first seen");
            return page(model, child, params, in.errors());
        }
        String words = referral.serviceWords() + ": first seen on " + org.ourpromise.returns.Ssda903Dates.format(seen);
        access.changed(childId, "mental-health referral " + words);
        SuccessBanner.flash(redirect, words);
        return "redirect:/health/children/" + childId;
    }

    private String page(Model model, ChildRegister.RegisteredChild child, Map<String, String> values,
            Map<String, String> errors) {
        var registrations = health.registrations(child.childId()).getOrDefault(child.childId(), List.of());
        var latest = new EnumMap<Service, Registration>(Service.class);
        registrations.forEach(r -> latest.put(r.service(), r));
        model.addAttribute("child", child);
        model.addAttribute("today", access.today());
        model.addAttribute("services", Service.values());
        model.addAttribute("latest", latest);
        var newestFirst = new java.util.ArrayList<>(registrations);
        java.util.Collections.reverse(newestFirst);
        model.addAttribute("registrations", newestFirst);
        model.addAttribute("referrals", health.referrals(child.childId()).getOrDefault(child.childId(), List.of()));
        model.addAttribute("summary", health.summary(child.childId()).orElse(null));
        model.addAttribute("serviceChoices", ChildHealthForms.SERVICES);
        model.addAttribute("registeredChoices", ChildHealthForms.YES_NO);
        model.addAttribute("referredTo", ChildHealthForms.REFERRED_TO);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "health/child";
    }
}
