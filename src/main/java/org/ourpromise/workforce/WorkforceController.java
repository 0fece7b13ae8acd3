package org.ourpromise.workforce;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.ChildAccess;
import org.ourpromise.access.Permission;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.measures.MeasurePeriod;
import org.ourpromise.measures.MeasureWords;
import org.ourpromise.measures.WorkforceMeasureCatalogue;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.reports.MeasureFormat;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.staff.StaffDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The workforce page: the four workforce measures of a collection year with what they count, each social worker's
 * and personal adviser's caseload per full-time post (workers by name; no child is shown), and the agency staff; the
 * drill-down to the children whose social worker changed lists only children in the user's scope, and is audited.
 */
@Controller
class WorkforceController {

    /** One figure: its label, value, the counts behind it and what it means. */
    record Figure(String key, String label, String value, String counts, String plain, String technical) {
    }

    /** A child whose social worker changed in the year: how often, and the workers in turn. */
    record Changed(String childId, String name, int changes, String workers) {
    }

    private final WorkforceFigures figures;
    private final StaffDirectory staff;
    private final ChildAccess access;
    private final AuditLog audit;

    WorkforceController(WorkforceFigures figures, StaffDirectory staff, ChildAccess access, AuditLog audit) {
        this.figures = figures;
        this.staff = staff;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping("/workforce")
    String page(@AuthenticationPrincipal PromiseUser user, @RequestParam(required = false) @Nullable String year,
            Model model) {
        int y = year(year);
        var read = figures.read(y);
        var catalogue = WorkforceMeasureCatalogue.defaults();
        var shown = new ArrayList<Figure>();
        for (var key : WorkforceMeasureCatalogue.KEYS) {
            var m = catalogue.find(key).orElseThrow();
            var v = read.results().get(key);
            shown.add(new Figure(key, MeasureFormat.label(m), MeasureFormat.value(m, v), MeasureFormat.counts(m, v),
                    MeasureWords.plain(m), MeasureWords.technical(m)));
        }
        model.addAttribute("year", y);
        model.addAttribute("yearLabel", label(y));
        model.addAttribute("period", read.results().period());
        model.addAttribute("figures", shown);
        model.addAttribute("socialWorkers", read.results().caseloads().stream()
                .filter(c -> c.role() == Allocation.Role.SOCIAL_WORKER).toList());
        model.addAttribute("advisers", read.results().caseloads().stream()
                .filter(c -> c.role() == Allocation.Role.PERSONAL_ADVISER).toList());
        model.addAttribute("agency", read.results().agency());
        model.addAttribute("drillDown", user.can(Permission.VIEW_CHILD_RECORDS));
        return "workforce/workforce";
    }

    @GetMapping("/workforce/changes")
    @Transactional
    String changes(@AuthenticationPrincipal PromiseUser user, @RequestParam(required = false) @Nullable String year,
            Model model) {
        int y = year(year);
        var read = figures.read(y);
        var period = read.results().period();
        var visible = access.visibleChildren(user);
        var rows = new ArrayList<Changed>();
        int hidden = 0;
        for (var e : read.results().changes().entrySet()) {
            if (visible.map(v -> !v.contains(e.getKey())).orElse(false)) {
                hidden++;
                continue;
            }
            var child = read.records().get(e.getKey());
            rows.add(new Changed(e.getKey(), name(child), e.getValue(), workers(child, period)));
        }
        audit.recordShown(AuditLog.Action.VIEW_REPORT, rows.stream().map(Changed::childId).toList(),
                "workforce drill-down: changes of social worker " + period.from() + " to " + period.to() + ": "
                        + rows.size() + " children listed");
        model.addAttribute("year", y);
        model.addAttribute("yearLabel", label(y));
        model.addAttribute("period", period);
        model.addAttribute("rows", rows);
        model.addAttribute("hidden", hidden);
        return "workforce/changes";
    }

    private static String name(@Nullable ChildRecord child) {
        return child == null ? "" : child.identity().givenName() + " " + child.identity().familyName();
    }

    /** The social workers allocated on a day of the period, by name, in the order they began. */
    private String workers(@Nullable ChildRecord child, MeasurePeriod period) {
        if (child == null) {
            return "";
        }
        List<String> names = child.allocations().stream().filter(a -> a.role() == Allocation.Role.SOCIAL_WORKER)
                .filter(a -> !a.from().isAfter(period.to()) && (a.to() == null || a.to().isAfter(period.from())))
                .sorted(java.util.Comparator.comparing(Allocation::from)).map(a -> staff.nameOf(a.workerId())).toList();
        return String.join(", then ", names);
    }

    private int year(@Nullable String year) {
        int current = Ssda903Dates.collectionYearOf(figures.today());
        if (year == null || year.isBlank()) {
            return current;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y >= 2000 && y <= current + 1) {
                return y;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The year must be a collection year from 2000 to "
                + (current + 1));
    }

    private static String label(int year) {
        return (year - 1) + " to " + year;
    }
}
