package org.ourpromise.workforce;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.Permission;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.measures.MeasureWords;
import org.ourpromise.measures.WorkforceMeasureCatalogue;
import org.ourpromise.measures.MeasureFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

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
    private final AuditLog audit;
    private final WorkforceLists lists;

    WorkforceController(WorkforceFigures figures, WorkforceLists lists, AuditLog audit) {
        this.figures = figures;
        this.lists = lists;
        this.audit = audit;
    }

    @GetMapping("/workforce")
    String page(@AuthenticationPrincipal PromiseUser user, @RequestParam(required = false) @Nullable String year,
            @RequestParam java.util.Map<String, String> params, Model model) {
        int y = lists.year(year);
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
        // each caseload table sorted and paged as its own links ask; the year kept in every link
        model.addAttribute("socialWorkers", WorkforceLists.page(WorkforceLists.caseloads(read, WorkforceLists.WORKERS),
                WorkforceLists.WORKERS, y, params));
        model.addAttribute("advisers", WorkforceLists.page(WorkforceLists.caseloads(read, WorkforceLists.ADVISERS),
                WorkforceLists.ADVISERS, y, params));
        model.addAttribute("agency", read.results().agency());
        model.addAttribute("drillDown", user.can(Permission.VIEW_CHILD_RECORDS));
        return "workforce/workforce";
    }

    @GetMapping("/workforce/changes")
    @Transactional
    String changes(@AuthenticationPrincipal PromiseUser user, @RequestParam(required = false) @Nullable String year,
            @RequestParam java.util.Map<String, String> params, Model model) {
        int y = lists.year(year);
        var changed = lists.changes(user, y);
        var period = changed.period();
        var rows = changed.rows();
        audit.recordShown(AuditLog.Action.VIEW_REPORT, rows.stream().map(Changed::childId).toList(),
                "workforce drill-down: changes of social worker " + period.from() + " to " + period.to() + ": "
                        + rows.size() + " children listed");
        model.addAttribute("year", y);
        model.addAttribute("yearLabel", label(y));
        model.addAttribute("period", period);
        model.addAttribute("rows", rows);
        model.addAttribute("list", WorkforceLists.CHANGE_COLUMNS.page(rows, params.get("sort"), params.get("order"),
                params.get("page"), "/workforce/changes", java.util.Map.of("year", y)));
        model.addAttribute("hidden", changed.hidden());
        return "workforce/changes";
    }

    static String label(int year) {
        return (year - 1) + " to " + year;
    }
}
