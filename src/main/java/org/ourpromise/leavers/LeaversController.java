package org.ourpromise.leavers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.ChildAccess;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.care.CareEpisodes;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.children.ChildRegister;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.timescales.CareLeaverCategory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The care leavers' offer as at a day: the board's in-year figures by age band from the contacts recorded, the
 * Staying Put and Staying Close arrangements in place, and the young people whose entitlement basis is recorded
 * with the day the duty ends. Figures count the whole council; lists show only the young people the user may see.
 */
@Controller
class LeaversController {

    private final ChildRegister children;
    private final CareEpisodes care;
    private final CareLeaverContactRepository contacts;
    private final LeavingCareOffer offer;
    private final ChildAccess access;
    private final AuditLog audit;
    private final Clock clock;

    LeaversController(ChildRegister children, CareEpisodes care, CareLeaverContactRepository contacts,
            LeavingCareOffer offer, ChildAccess access, AuditLog audit, Clock clock) {
        this.children = children;
        this.care = care;
        this.contacts = contacts;
        this.offer = offer;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/leavers")
    @Transactional // not read-only: the view is audited, and PostgreSQL refuses a write in a read-only transaction
    String leavers(@AuthenticationPrincipal PromiseUser user, @RequestParam Map<String, String> params, Model model) {
        var today = LocalDate.now(clock);
        var in = new FormInput(params);
        var day = today;
        boolean typed = !(in.raw("asAt-day") + in.raw("asAt-month") + in.raw("asAt-year")).isEmpty();
        if (typed) {
            // GOV.UK date input; a day after today is allowed (an arrangement already agreed to start)
            var asked = in.date("asAt", "date the figures are as at", false, LocalDate.MAX);
            day = asked == null ? today : asked;
        } else if (!in.raw("asAt").isEmpty()) {
            try {
                day = LocalDate.parse(in.raw("asAt")); // links that carry the day as one ISO date
            } catch (DateTimeParseException e) {
                in.error("asAt", "The date the figures are as at must be a real date, for example 31 3 2026");
            }
        }
        var values = new java.util.HashMap<String, String>();
        if (in.hasErrors()) {
            values.putAll(params);
            day = today;
        } else {
            FormInput.putDate(values, "asAt", day);
        }
        model.addAttribute("errors", in.errors());
        model.addAttribute("values", values);
        var arrangements = offer.arrangements(null);
        var visible = access.visibleChildren(user);
        final var on = day;
        var current = arrangements.stream().filter(a -> a.isCurrentOn(on))
                .filter(a -> visible.map(v -> v.contains(a.childId())).orElse(true)).toList();
        audit.recordShown(AuditLog.Action.VIEW_REPORT, current.stream().map(a -> a.childId()).toList(),
                "care leavers' offer as at " + day + ": "
                + current.size() + " arrangements listed");
        model.addAttribute("figures", InYearFigures.asAt(day, cohort(day, arrangements)));
        model.addAttribute("arrangements", current);
        model.addAttribute("stayingPut", arrangements.stream().filter(a -> a.isCurrentOn(on)
                && a.kind() == LeavingCareOffer.Kind.STAYING_PUT).count());
        model.addAttribute("stayingClose", arrangements.stream().filter(a -> a.isCurrentOn(on)
                && a.kind() == LeavingCareOffer.Kind.STAYING_CLOSE).count());
        model.addAttribute("day", day);
        return "leavers/offer";
    }

    /** Relevant and former relevant young people on the day, with their contacts and Staying Put. */
    private List<InYearFigures.Leaver> cohort(LocalDate day, List<LeavingCareOffer.StayingArrangement> arrangements) {
        var episodes = care.byChild(null);
        var all = contacts.contacts(null);
        var out = new ArrayList<InYearFigures.Leaver>();
        children.children(null).forEach((id, child) -> {
            var eps = episodes.getOrDefault(id, List.of());
            if (eps.isEmpty()) {
                return;
            }
            var record = new ChildRecord(id, child.identity(), null, eps, List.of(), List.of(), List.of(), List.of(),
                    List.of(), null, null, List.of(), List.of(), List.of(), List.of(), List.of());
            var category = CareLeaverCategory.of(record, day);
            if (category == CareLeaverCategory.RELEVANT || category == CareLeaverCategory.FORMER_RELEVANT) {
                boolean stayingPut = arrangements.stream().anyMatch(a -> a.childId().equals(id) && a.isCurrentOn(day)
                        && a.kind() == LeavingCareOffer.Kind.STAYING_PUT);
                out.add(new InYearFigures.Leaver(id, child.identity().dateOfBirth(), all.getOrDefault(id, List.of()),
                        stayingPut));
            }
        });
        return out;
    }

}
