package org.ourpromise.health;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.StaleEdit;
import org.ourpromise.casefile.SuccessBanner;
import org.ourpromise.children.ChildRegister;
import org.ourpromise.health.HealthServices.Summary;
import org.ourpromise.returns.Ssda903Dates;
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
 * The health summary for a young person leaving care: made from the record, checked by the looked-after children's
 * nurse, then given to the young person, each with its date; due before the 18th birthday.
 */
@Controller
class HealthSummaryController {

    private static final String PAGE = "/health/children/{childId}/summary";

    private final HealthAccess access;
    private final ChildHealthRepository health;
    private final CareRecords records;

    HealthSummaryController(HealthAccess access, ChildHealthRepository health, CareRecords records) {
        this.access = access;
        this.health = health;
        this.records = records;
    }

    @GetMapping(PAGE)
    @Transactional
    String page(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, Model model) {
        var child = access.open(user, childId, "viewed the health summary for leaving care");
        return page(model, child, Map.of(), Map.of());
    }

    /** Made from the record (again), or given to the young person. */
    @PostMapping(PAGE)
    @Transactional
    String change(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        var child = access.check(user, childId);
        var in = new FormInput(params);
        var now = health.summary(childId).orElse(null);
        String done;
        if ("given".equals(in.raw("action"))) {
            LocalDate given = given(in, now);
            done = given == null ? null : health.given(childId, given, in.version())
                    ? "Health summary given to the young person on " + Ssda903Dates.format(given) : stale(model, in, now);
        } else {
            done = health.made(childId, access.today(), now == null ? 0 : in.version())
                    ? "Health summary made from the record" : stale(model, in, now);
        }
        return saved(model, child, params, in, done, redirect);
    }

    @PostMapping(PAGE + "/checked")
    @Transactional
    String checked(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        var child = access.check(user, childId);
        var in = new FormInput(params);
        var now = health.summary(childId).orElse(null);
        LocalDate checked = in.date("checked", "date it was checked", true, access.today());
        if (now == null) {
            in.error("checked", "Make the summary from the record before checking it");
        } else if (checked != null && checked.isBefore(now.madeOn())) {
            in.error("checked", "The date it was checked cannot be before the summary was made ("
                    + Ssda903Dates.format(now.madeOn()) + ")");
        }
        String done = in.hasErrors() ? null : health.checked(childId, checked, user.displayName(), in.version())
                ? "Health summary checked on " + Ssda903Dates.format(checked) : stale(model, in, now);
        return saved(model, child, params, in, done, redirect);
    }

    private @Nullable LocalDate given(FormInput in, @Nullable Summary now) {
        LocalDate given = in.date("given", "date it was given", true, access.today());
        if (now == null || now.checkedOn() == null) {
            in.error("given", "The nurse checks the summary before it is given to the young person");
        } else if (given != null && given.isBefore(now.checkedOn())) {
            in.error("given", "The date it was given cannot be before it was checked ("
                    + Ssda903Dates.format(now.checkedOn()) + ")");
        }
        return in.hasErrors() ? null : given;
    }

    private @Nullable String stale(Model model, FormInput in, @Nullable Summary now) {
        new StaleEdit(now == null ? 0 : now.version()).show(model, in.errors(), "action");
        return null;
    }

    private String saved(Model model, ChildRegister.RegisteredChild child, Map<String, String> params, FormInput in,
            @Nullable String done, RedirectAttributes redirect) {
        if (done == null) {
            access.changed(child.childId(), "health summary page returned with errors");
            return page(model, child, params, in.errors());
        }
        access.changed(child.childId(), done);
        SuccessBanner.flash(redirect, done);
        return "redirect:/health/children/" + child.childId() + "/summary";
    }

    private String page(Model model, ChildRegister.RegisteredChild child, Map<String, String> values,
            Map<String, String> errors) {
        String id = child.childId();
        var record = records.load(id).orElseThrow();
        model.addAttribute("child", child);
        model.addAttribute("summary", health.summary(id).orElse(null));
        model.addAttribute("dueBy", SummaryDue.dueBy(child.identity().dateOfBirth()));
        model.addAttribute("lines", HealthSummaryContent.of(record, health.registrations(id).getOrDefault(id, List.of()),
                health.referrals(id).getOrDefault(id, List.of())));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "health/summary";
    }
}
