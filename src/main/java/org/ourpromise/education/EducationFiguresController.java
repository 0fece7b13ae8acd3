package org.ourpromise.education;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.ChildAccess;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.children.ChildRegister;
import org.ourpromise.lists.ChildLists;
import org.ourpromise.lists.CsvTable;
import org.ourpromise.measures.EducationMeasureCatalogue;
import org.ourpromise.measures.Measure;
import org.ourpromise.measures.MeasureValue;
import org.ourpromise.measures.MeasureWords;
import org.ourpromise.measures.MeasureFormat;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The Virtual School's figures (its local measures, as the targets page shows them) for a collection year, and each
 * one's drill-down: what it says, how it is counted, its trend over five years and the children counted and not
 * counted. The Virtual School's; the children shown are audited, restricted records not open to the user are left
 * out (and said to be).
 */
@Controller
class EducationFiguresController {

    /** A figure on the list: the measure, its value in words and what it says. */
    public record Figure(String key, String label, String shown, String plain) {
    }

    /** One year of a figure's trend. */
    public record Point(String year, String shown) {
    }

    /** Collection years back from this one that a figure may be asked for. */
    static final int YEARS_BACK = 10;
    static final int TREND_YEARS = 5;

    private final EducationMeasureSource source;
    private final ChildAccess access;
    private final ChildRegister register;
    private final AuditLog audit;

    EducationFiguresController(EducationMeasureSource source, ChildAccess access, ChildRegister register,
            AuditLog audit) {
        this.source = source;
        this.access = access;
        this.register = register;
        this.audit = audit;
    }

    @GetMapping("/virtual-school/figures")
    @Transactional
    String figures(@RequestParam(required = false) @Nullable String year, Model model) {
        var period = period(year);
        var values = source.measures(period);
        var shown = new ArrayList<Figure>();
        for (var m : EducationMeasureCatalogue.defaults().measures()) {
            shown.add(new Figure(m.key(), label(m), words(m, values.get(m.key())), MeasureWords.plain(m)));
        }
        audit.record(AuditLog.Action.VIEW_REPORT, null, "viewed the Virtual School's figures for the year ending 31 March "
                + period.collectionYear());
        model.addAttribute("period", period);
        model.addAttribute("figures", shown);
        model.addAttribute("years", years());
        return "education/figures";
    }

    @GetMapping("/virtual-school/figures/{key}")
    @Transactional
    String figure(@AuthenticationPrincipal PromiseUser user, @PathVariable String key,
            @RequestParam(required = false) @Nullable String year, @RequestParam Map<String, String> params,
            Model model) {
        var measure = measure(key);
        var period = period(year);
        var value = source.measures(period).get(key);
        var children = children(user, value);
        var pages = children.pages("/virtual-school/figures/" + key, params, Map.of("year", period.collectionYear()));
        var shown = pages.shown();
        audit.recordShown(AuditLog.Action.VIEW_REPORT, shown, "viewed the Virtual School figure " + label(measure)
                + " for the year ending 31 March " + period.collectionYear() + ": " + shown.size() + " of "
                + (children.counted().size() + children.notCounted().size()) + " children shown");
        model.addAttribute("measure", measure);
        model.addAttribute("label", label(measure));
        model.addAttribute("plain", MeasureWords.plain(measure));
        model.addAttribute("technical", MeasureWords.technical(measure));
        model.addAttribute("shown", words(measure, value));
        model.addAttribute("period", period);
        model.addAttribute("trend", trend(measure, period, value));
        model.addAttribute("counted", pages.counted());
        model.addAttribute("notCounted", pages.notCounted());
        model.addAttribute("restricted", children.restricted());
        model.addAttribute("csv", "/virtual-school/figures/" + key + ".csv");
        return "education/figure";
    }

    /**
     * A figure's children as CSV, whole and in the order the page showed them: {@code list=counted} or
     * {@code not-counted}. Audited as an export of the children listed.
     */
    @GetMapping("/virtual-school/figures/{key}.csv")
    @Transactional
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal PromiseUser user, @PathVariable String key,
            @RequestParam(required = false) @Nullable String year, @RequestParam Map<String, String> params) {
        var measure = measure(key);
        var period = period(year);
        String list = params.getOrDefault("list", ChildLists.COUNTED);
        var children = children(user, source.measures(period).get(key)).list(list);
        if (children == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such list");
        }
        var rows = ChildLists.namedRows(children, params.get("sort"), params.get("order"));
        audit.recordShown(AuditLog.Action.EXPORT, rows.stream().map(r -> r.get(0)).toList(), "Virtual School figure "
                + label(measure) + " for the year ending 31 March " + period.collectionYear() + " CSV (" + list + "): "
                + rows.size() + " children");
        return CsvTable.download("virtual-school-" + key + "-" + period.collectionYear() + "-" + list,
                List.of("Child ID", "Name"), rows);
    }

    /** The figure over the five collection years to this one. */
    private List<Point> trend(Measure measure, EducationMeasureSource.Period period, MeasureValue value) {
        var trend = new ArrayList<Point>();
        for (int y = period.collectionYear() - TREND_YEARS + 1; y <= period.collectionYear(); y++) {
            var p = EducationMeasureSource.Period.of(y, source.today());
            var v = y == period.collectionYear() ? value : source.measures(p).get(measure.key());
            trend.add(new Point(p.words(), words(measure, v)));
        }
        return trend;
    }

    private Measure measure(String key) {
        return EducationMeasureCatalogue.defaults().find(key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such Virtual School figure"));
    }

    /** The figure's children the user may see (restricted records not open to them left out), by name. */
    private ChildLists.Figure children(PromiseUser user, MeasureValue value) {
        var names = new HashMap<String, String>();
        register.children(null).forEach((id, c) -> names.put(id, c.identity().givenName() + " "
                + c.identity().familyName()));
        return ChildLists.figure(value.numeratorChildren(), value.denominatorChildren(),
                access.restrictedRecordsHiddenFrom(user), names);
    }

    /** The collection year asked for (this one by default): a year that is no number, or out of range, is not found. */
    private EducationMeasureSource.Period period(@Nullable String year) {
        int now = Ssda903Dates.collectionYearOf(source.today());
        int y;
        try {
            y = year == null || year.isBlank() ? now : Integer.parseInt(year.strip());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such year");
        }
        if (y > now || y < now - YEARS_BACK) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such year");
        }
        return EducationMeasureSource.Period.of(y, source.today());
    }

    private List<Map.Entry<Integer, String>> years() {
        int now = Ssda903Dates.collectionYearOf(source.today());
        var out = new ArrayList<Map.Entry<Integer, String>>();
        for (int y = now; y > now - TREND_YEARS; y--) {
            out.add(Map.entry(y, (y - 1) + " to " + y));
        }
        return out;
    }

    static String label(Measure m) {
        int stop = m.description().indexOf(". ");
        return stop < 0 ? m.description() : m.description().substring(0, stop);
    }

    /** "93.7% (1,234 of 1,317)"; pounds for Pupil Premium Plus; "No figure" with nothing to count. */
    static String words(Measure m, @Nullable MeasureValue v) {
        if (v == null || v.value() == null) {
            return "No figure";
        }
        if (m.key().equals(EducationMeasureCatalogue.PUPIL_PREMIUM_PAID)) {
            return v.value().toPlainString() + "% (" + PupilPremiumStatement.pounds(BigDecimal.valueOf(v.numerator()))
                    + " of " + PupilPremiumStatement.pounds(BigDecimal.valueOf(v.denominator())) + ")";
        }
        return switch (m.kind()) {
            case PERCENTAGE -> MeasureFormat.value(m, v) + " (" + MeasureFormat.counts(m, v) + ")";
            case AVERAGE -> v.value().toPlainString() + " (average of " + v.denominator() + ")";
            default -> MeasureFormat.value(m, v);
        };
    }
}
