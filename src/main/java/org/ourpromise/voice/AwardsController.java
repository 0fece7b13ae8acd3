package org.ourpromise.voice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.ourpromise.casefile.SuccessBanner;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.children.ChildRegister;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * Awards and celebrations: nominations (who, for what), the event each was celebrated at and whether they came,
 * and a letter of congratulation to print from the council's template.
 */
@Controller
class AwardsController {

    static final int FOR_WHAT_LIMIT = 500;

    private final Awards awards;
    private final ChildRegister children;
    private final AuditLog audit;
    private final Clock clock;

    AwardsController(Awards awards, ChildRegister children, AuditLog audit, Clock clock) {
        this.awards = awards;
        this.children = children;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/voice/awards")
    @Transactional
    String list(@RequestParam Map<String, String> params, Model model) {
        return list(model, params, new HashMap<>(), Map.of());
    }

    @PostMapping("/voice/awards")
    @Transactional
    String nominate(@RequestParam Map<String, String> params, Model model, RedirectAttributes flash) {
        var in = new FormInput(params);
        var today = LocalDate.now(clock);
        String child = in.raw("child");
        if (child.isEmpty()) {
            in.error("child", "Enter the young person's child ID");
        } else if (!child.matches("[A-Za-z0-9-]{1,40}") || !children.exists(child)) {
            in.error("child", "There is no child with the ID " + child);
        }
        var forWhat = in.text("forWhat", "what they are nominated for", FOR_WHAT_LIMIT, true);
        var nominatedBy = in.text("nominatedBy", "name of who nominated them", 100, true);
        var nominatedOn = in.date("nominatedOn", "date of the nomination", true, today);
        var eventName = in.text("eventName", "event", 200, false);
        // the celebration may be planned ahead: a date up to a year from today
        var eventOn = in.date("eventOn", "date of the event", false, today.plusYears(1));
        if (eventName != null && eventOn == null && !in.errors().containsKey("eventOn")) {
            in.error("eventOn", "Enter the date of the event");
        }
        if (in.hasErrors()) {
            return list(model, Map.of(), params, in.errors());
        }
        awards.add(child, forWhat, nominatedBy, nominatedOn, eventName, eventOn, false);
        audit.record(AuditLog.Action.RECORD_EVENT, child, "nominated for an award");
        SuccessBanner.flash(flash, "The nomination was recorded");
        return "redirect:/voice/awards";
    }

    @PostMapping("/voice/awards/{id}")
    @Transactional
    String attended(@PathVariable String id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes flash) {
        var award = find(id);
        var in = new FormInput(params);
        if (!awards.attended(award.id(), in.yes("attended"), in.version())) {
            var errors = new HashMap<String, String>();
            errors.put("attended-" + award.id(), "Someone else saved this nomination after you opened the page, so "
                    + "your change was not saved. Check it and save again");
            return list(model, Map.of(), new HashMap<>(), errors);
        }
        audit.record(AuditLog.Action.RECORD_EVENT, award.childId(), (in.yes("attended") ? "came" : "did not come")
                + " to " + award.eventName());
        SuccessBanner.flash(flash, "Saved");
        return "redirect:/voice/awards";
    }

    /** The letter of congratulation, to print or save as PDF from the browser (the print stylesheet hides the rest). */
    @GetMapping("/voice/awards/{id}/letter")
    @Transactional
    String letter(@AuthenticationPrincipal PromiseUser user, @PathVariable String id, Model model) {
        var award = find(id);
        audit.record(AuditLog.Action.VIEW_RECORD, award.childId(), "made a letter of congratulation");
        model.addAttribute("award", award);
        model.addAttribute("signedBy", user.displayName());
        model.addAttribute("today", LocalDate.now(clock));
        return "voice/letter";
    }

    /** The page of nominations asked for; the audit names only the young people on it. */
    private String list(Model model, Map<String, String> params, Map<String, String> values,
            Map<String, String> errors) {
        var page = AwardAndGroupLists.awardPage(awards.all(), params);
        audit.recordShown(AuditLog.Action.VIEW_RECORD, page.items().stream().map(Awards.Award::childId).distinct()
                .toList(), "viewed the awards and nominations (page " + page.page() + " of " + page.pages() + ")");
        model.addAttribute("list", page);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "voice/awards";
    }

    private Awards.Award find(String id) {
        return (id.matches("\\d{1,9}") ? awards.find(Long.parseLong(id)) : java.util.Optional.<Awards.Award>empty())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such nomination"));
    }
}
