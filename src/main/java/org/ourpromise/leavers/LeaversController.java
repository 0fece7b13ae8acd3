package org.ourpromise.leavers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.ChildAccess;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.lists.CsvTable;
import org.ourpromise.lists.Sorting;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The care leavers' offer as at a day: the board's in-year figures by age band from the contacts recorded, each
 * young person's leaving-care status, and the Staying Put and Staying Close arrangements in place. Figures count
 * the whole council; lists show only the young people the user may see.
 */
@Controller
class LeaversController {

    /** By status (eligible first), then name; or by name or age. */
    static final Sorting<CareLeaverRoll.Row> COLUMNS = Sorting.<CareLeaverRoll.Row>by("status",
                    Comparator.comparing(CareLeaverRoll.Row::status).thenComparing(LeaversController::name))
            .and("name", Comparator.comparing(LeaversController::name))
            .and("age", Comparator.comparingInt(CareLeaverRoll.Row::age));

    private final CareLeaverFigures offer;
    private final ChildAccess access;
    private final AuditLog audit;
    private final Clock clock;

    LeaversController(CareLeaverFigures offer, ChildAccess access, AuditLog audit, Clock clock) {
        this.offer = offer;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    private static String name(CareLeaverRoll.Row r) {
        return r.name().toLowerCase(Locale.ROOT);
    }

    @GetMapping("/leavers")
    @Transactional // not read-only: the view is audited, and PostgreSQL refuses a write in a read-only transaction
    String leavers(@AuthenticationPrincipal PromiseUser user, @RequestParam Map<String, String> params, Model model) {
        var day = day(params, model);
        var asAt = offer.on(day); // kept against the data version: a repeat view reads no rows
        var arrangements = asAt.arrangements();
        var visible = access.visibleChildren(user);
        var current = arrangements.stream().filter(a -> a.isCurrentOn(day))
                .filter(a -> visible.map(v -> v.contains(a.childId())).orElse(true)).toList();
        var statuses = asAt.rows().stream().filter(r -> r.status() != LeaverStatus.NONE).toList();
        var list = COLUMNS.page(visible(statuses, visible), params.get("sort"), params.get("order"),
                params.get("page"), "/leavers", Map.of("asAt", day.toString()));
        var shown = new java.util.ArrayList<>(current.stream().map(LeavingCareOffer.StayingArrangement::childId).toList());
        shown.addAll(list.items().stream().map(CareLeaverRoll.Row::childId).toList());
        audit.recordShown(AuditLog.Action.VIEW_REPORT, shown, "care leavers' offer as at " + day + ": "
                + list.items().size() + " young people and " + current.size() + " arrangements listed");
        model.addAttribute("figures", asAt.figures());
        model.addAttribute("statusCounts", CareLeaverRoll.counts(statuses));
        model.addAttribute("list", list);
        model.addAttribute("arrangements", current);
        model.addAttribute("stayingPut", arrangements.stream().filter(a -> a.isCurrentOn(day)
                && a.kind() == LeavingCareOffer.Kind.STAYING_PUT).count());
        model.addAttribute("stayingClose", arrangements.stream().filter(a -> a.isCurrentOn(day)
                && a.kind() == LeavingCareOffer.Kind.STAYING_CLOSE).count());
        model.addAttribute("day", day);
        return "leavers/offer";
    }

    /** The young people and their leaving-care status as at the day, whole and in the page's order. */
    @GetMapping("/leavers.csv")
    @Transactional
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal PromiseUser user, @RequestParam Map<String, String> params,
            Model model) {
        var day = day(params, model);
        var statuses = offer.on(day).rows().stream().filter(r -> r.status() != LeaverStatus.NONE).toList();
        var sorted = COLUMNS.sorted(visible(statuses, access.visibleChildren(user)), params.get("sort"),
                params.get("order"));
        var lines = sorted.stream().map(r -> List.of(r.childId(), r.name(), String.valueOf(r.age()),
                r.status().words())).toList();
        audit.recordShown(AuditLog.Action.EXPORT, sorted.stream().map(CareLeaverRoll.Row::childId).toList(),
                "care leavers' statuses CSV as at " + day + ": " + lines.size() + " young people");
        return CsvTable.download("care-leavers-" + day,
                List.of("Child ID", "Young person", "Age", "Leaving-care status"), lines);
    }

    private static List<CareLeaverRoll.Row> visible(List<CareLeaverRoll.Row> rows,
            java.util.Optional<java.util.Set<String>> visible) {
        return rows.stream().filter(r -> visible.map(v -> v.contains(r.childId())).orElse(true)).toList();
    }

    /** The day asked for (a GOV.UK date input, or one ISO date from a link), else today; errors on the model. */
    private LocalDate day(Map<String, String> params, Model model) {
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
        return day;
    }
}
