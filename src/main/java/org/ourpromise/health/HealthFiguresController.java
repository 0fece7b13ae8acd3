package org.ourpromise.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.ChildAccess;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.lists.ChildLists;
import org.ourpromise.lists.CsvTable;
import org.ourpromise.measures.HealthServiceMeasureCatalogue;
import org.ourpromise.measures.Measure;
import org.ourpromise.measures.MeasureValue;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The health service's figures for the year to date and their drill-down to the children, and the waits for
 * mental-health services, referral by referral. The nurse's; the children shown are audited, restricted records
 * not open to the nurse are shown as restricted only.
 */
@Controller
class HealthFiguresController {

    /** A figure on the nurse's page: the measure, its value as words and its drill-down. */
    record Figure(String key, String label, String shown) {
    }

    /** A year of a figure's five-year trend: the year, the last day counted and the figure in words. */
    record TrendYear(String year, java.time.LocalDate asAt, String shown) {
    }

    /** A referral on the waits page. */
    record Wait(String childId, String name, HealthServices.Referral referral, long weeks, boolean longWait) {
    }

    private final HealthServiceData data;
    private final HealthAccess access;
    private final ChildAccess children;
    private final AuditLog audit;
    private final HealthLists lists;

    HealthFiguresController(HealthServiceData data, HealthAccess access, ChildAccess children, AuditLog audit,
            HealthLists lists) {
        this.lists = lists;
        this.data = data;
        this.access = access;
        this.children = children;
        this.audit = audit;
    }

    /** The figures for the nurse's page, computed once. */
    static List<Figure> figures(java.util.Map<String, MeasureValue> values) {
        var shown = new ArrayList<Figure>();
        for (var m : HealthServiceMeasureCatalogue.defaults().measures()) {
            shown.add(new Figure(m.key(), label(m), words(m, values.get(m.key()))));
        }
        return shown;
    }

    static String label(Measure m) {
        int stop = m.description().indexOf(". ");
        return stop < 0 ? m.description() : m.description().substring(0, stop);
    }

    static String words(Measure m, MeasureValue v) {
        if (v.value() == null) {
            return "None yet";
        }
        return switch (m.kind()) {
            case PERCENTAGE -> v.value().toPlainString() + "% (" + v.numerator() + " of " + v.denominator() + ")";
            case AVERAGE -> v.value().toPlainString() + " weeks (" + v.denominator() + " seen)";
            default -> v.value().toPlainString();
        };
    }

    @GetMapping("/health/figures/{key}")
    @Transactional
    String figure(@AuthenticationPrincipal PromiseUser user, @PathVariable String key,
            @org.springframework.web.bind.annotation.RequestParam java.util.Map<String, String> params, Model model) {
        var measure = measure(key);
        var today = access.today();
        var value = data.yearToDate(today).get(key);
        var children = children(user, value);
        var pages = children.pages("/health/figures/" + key, params, java.util.Map.of());
        var shown = pages.shown();
        audit.recordShown(AuditLog.Action.VIEW_REPORT, shown, "viewed the health figure " + label(measure) + ": "
                + shown.size() + " of " + (children.counted().size() + children.notCounted().size())
                + " children shown");
        model.addAttribute("measure", measure);
        model.addAttribute("label", label(measure));
        model.addAttribute("shown", words(measure, value));
        model.addAttribute("from", Ssda903Dates.collectionStart(Ssda903Dates.collectionYearOf(today)));
        model.addAttribute("today", today);
        model.addAttribute("counted", pages.counted());
        model.addAttribute("notCounted", pages.notCounted());
        model.addAttribute("restricted", children.restricted());
        model.addAttribute("csv", "/health/figures/" + key + ".csv");
        var trend = data.trend(today);
        model.addAttribute("trend", trend.stream().map(y -> new TrendYear(y.label(), y.asAt(),
                y.values() == null ? "Not recorded" : words(measure, y.value(key)))).toList());
        model.addAttribute("sparkline", org.ourpromise.reports.SvgChart.sparkline("Five-year trend of " + label(measure),
                String.join("; ", trend.stream().map(y -> y.label() + ": " + (y.values() == null ? "not recorded"
                        : words(measure, y.value(key)))).toList()),
                trend.stream().map(y -> org.ourpromise.reports.ChartBar.of(y.label(),
                        y.values() == null ? null : y.value(key).value())).toList()));
        return "health/figure";
    }

    /**
     * A figure's children as CSV, whole and in the order the page showed them: {@code list=counted} or
     * {@code not-counted}. Audited as an export of the children listed.
     */
    @GetMapping("/health/figures/{key}.csv")
    @Transactional
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal PromiseUser user, @PathVariable String key,
            @org.springframework.web.bind.annotation.RequestParam java.util.Map<String, String> params) {
        var measure = measure(key);
        var today = access.today();
        String list = params.getOrDefault("list", ChildLists.COUNTED);
        var children = children(user, data.yearToDate(today).get(key)).list(list);
        if (children == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such list");
        }
        var rows = ChildLists.namedRows(children, params.get("sort"), params.get("order"));
        audit.recordShown(AuditLog.Action.EXPORT, rows.stream().map(r -> r.get(0)).toList(), "health figure "
                + label(measure) + " to " + today + " CSV (" + list + "): " + rows.size() + " children");
        return CsvTable.download("health-" + key + "-" + today + "-" + list, List.of("Child ID", "Name"), rows);
    }

    private static Measure measure(String key) {
        return HealthServiceMeasureCatalogue.defaults().find(key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such health figure"));
    }

    /** The figure's children the nurse may see (restricted records not open to them left out), by name. */
    private ChildLists.Figure children(PromiseUser user, MeasureValue value) {
        return ChildLists.figure(value.numeratorChildren(), value.denominatorChildren(),
                children.restrictedRecordsHiddenFrom(user), data.names());
    }

    @GetMapping("/health/waits")
    @Transactional
    String waits(@AuthenticationPrincipal PromiseUser user,
            @org.springframework.web.bind.annotation.RequestParam java.util.Map<String, String> params, Model model) {
        var today = access.today();
        var values = data.yearToDate(today);
        Set<String> hidden = children.restrictedRecordsHiddenFrom(user);
        var waits = lists.waits(hidden);
        var shown = new ArrayList<String>();
        waits.seen().forEach(w -> shown.add(w.childId()));
        waits.waiting().forEach(w -> shown.add(w.childId()));
        audit.recordShown(AuditLog.Action.VIEW_REPORT, shown.stream().distinct().toList(),
                "viewed mental-health waits: " + waits.seen().size() + " seen, " + waits.waiting().size() + " waiting");
        var catalogue = HealthServiceMeasureCatalogue.defaults();
        model.addAttribute("median", words(catalogue.find(HealthServiceMeasureCatalogue.MEDIAN_WAIT).orElseThrow(),
                values.get(HealthServiceMeasureCatalogue.MEDIAN_WAIT)));
        model.addAttribute("within", words(catalogue.find(HealthServiceMeasureCatalogue.SEEN_IN_18_WEEKS).orElseThrow(),
                values.get(HealthServiceMeasureCatalogue.SEEN_IN_18_WEEKS)));
        model.addAttribute("from", waits.from());
        model.addAttribute("today", waits.today());
        model.addAttribute("seen", waits.seen());
        model.addAttribute("waiting", waits.waiting());
        // each table sorted and paged as its own links ask
        model.addAttribute("waitingList", HealthLists.page(HealthLists.waitingColumns(), "/health/waits", "waiting",
                waits.waiting(), params));
        model.addAttribute("seenList", HealthLists.page(HealthLists.seenColumns(), "/health/waits", "seen",
                waits.seen(), params));
        return "health/waits";
    }
}
