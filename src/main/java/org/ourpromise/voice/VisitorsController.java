package org.ourpromise.voice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.ourpromise.casefile.SuccessBanner;
import org.ourpromise.access.AuditLog;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.children.ChildRegister;
import org.springframework.http.HttpStatus;
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
 * Independent visitors: whether one was considered and offered for a child, the waiting list (longest waiting
 * first) and the appointments, with the number of volunteers the council has.
 */
@Controller
class VisitorsController {

    private static final String PAGE = "/voice/independent-visitors";

    private final Visitors visitors;
    private final ChildRegister children;
    private final AuditLog audit;
    private final Clock clock;

    VisitorsController(Visitors visitors, ChildRegister children, AuditLog audit, Clock clock) {
        this.visitors = visitors;
        this.children = children;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    @Transactional
    String page(@RequestParam Map<String, String> params, Model model) {
        return page(model, params, new HashMap<>(), Map.of());
    }

    @PostMapping(PAGE)
    @Transactional
    String consider(@RequestParam Map<String, String> params, Model model, RedirectAttributes flash) {
        var in = new FormInput(params);
        var today = LocalDate.now(clock);
        String child = in.raw("child");
        if (child.isEmpty()) {
            in.error("child", "Enter the child ID");
        } else if (!child.matches("[A-Za-z0-9-]{1,40}") || !children.exists(child)) {
            in.error("child", "There is no child with the ID " + child);
        } else if (visitors.known(child)) {
            in.error("child", "An independent visitor has already been considered for this child");
        }
        var considered = in.date("consideredOn", "date an independent visitor was considered", true, today);
        var offered = in.date("offeredOn", "date one was offered", false, today);
        if (offered != null && considered != null && offered.isBefore(considered)) {
            in.error("offeredOn", "The date one was offered must be on or after the date it was considered");
        }
        boolean declined = in.yes("declined");
        if (declined && offered == null && !in.errors().containsKey("offeredOn")) {
            in.error("offeredOn", "Enter the date one was offered: a child can only decline an offer");
        }
        if (in.hasErrors()) {
            return page(model, Map.of(), params, in.errors());
        }
        visitors.consider(child, considered, offered, declined, null, null);
        audit.record(AuditLog.Action.RECORD_EVENT, child, "independent visitor considered"
                + (offered == null ? "" : declined ? ", offered and declined" : " and offered"));
        SuccessBanner.flash(flash, offered != null && !declined ? "Recorded: the child is on the waiting list"
                : "Recorded");
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/{id}")
    @Transactional
    String appoint(@PathVariable String id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes flash) {
        var need = (id.matches("\\d{1,9}") ? visitors.find(Long.parseLong(id)) : java.util.Optional.<Visitors.Need>empty())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such child on the list"));
        var in = new FormInput(params);
        String field = "visitor-" + need.id();
        String visitor = in.raw("visitor");
        var on = in.date("appointedOn", "date of the appointment", true, LocalDate.now(clock));
        if (!visitors.volunteers().containsKey(visitor)) {
            in.error(field, "Select the independent visitor");
        } else if (!need.waiting()) {
            in.error(field, "Only a child waiting for an independent visitor can be matched with one");
        } else if (on == null) {
            in.error(field, in.errors().getOrDefault("appointedOn", "Enter the date of the appointment"));
        } else if (on.isBefore(need.offeredOn())) {
            in.error(field, "The appointment must be on or after the day one was offered");
        }
        in.errors().remove("appointedOn");
        if (!in.hasErrors() && !visitors.appoint(need.id(), Long.parseLong(visitor), on, in.version())) {
            in.error(field, "Someone else saved this after you opened the page, so your change was not saved. "
                    + "Check it and save again");
        }
        if (in.hasErrors()) {
            return page(model, params, new HashMap<>(), in.errors());
        }
        audit.record(AuditLog.Action.RECORD_EVENT, need.childId(), "independent visitor appointed");
        SuccessBanner.flash(flash, "The independent visitor was appointed");
        return "redirect:" + PAGE;
    }

    /** The three tables, each its own page ({@code table=}; an appointment's form keeps the waiting list's). */
    private String page(Model model, Map<String, String> listParams, Map<String, String> values,
            Map<String, String> errors) {
        var today = LocalDate.now(clock);
        var all = visitors.all();
        var waiting = VoiceLists.visitorPage(all, VoiceLists.WAITING, listParams);
        var appointed = VoiceLists.visitorPage(all, VoiceLists.APPOINTED, listParams);
        var notOffered = VoiceLists.visitorPage(all, VoiceLists.CONSIDERED, listParams);
        audit.recordShown(AuditLog.Action.VIEW_RECORD, java.util.stream.Stream.of(waiting, appointed, notOffered)
                .flatMap(l -> l.items().stream()).map(Visitors.Need::childId).distinct().toList(),
                "viewed the independent visitors' list");
        model.addAttribute("waiting", waiting);
        model.addAttribute("daysWaiting", waiting.items().stream().collect(java.util.stream.Collectors.toMap(
                Visitors.Need::id, n -> ChronoUnit.DAYS.between(n.offeredOn(), today))));
        model.addAttribute("appointed", appointed);
        model.addAttribute("notOffered", notOffered);
        model.addAttribute("volunteers", visitors.volunteers());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "voice/visitors";
    }
}
