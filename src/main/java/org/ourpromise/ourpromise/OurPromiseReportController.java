package org.ourpromise.ourpromise;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ourpromise.measures.MeasureCatalogue;
import org.ourpromise.reports.CurrentFigures;
import org.ourpromise.measures.MeasureFormat;
import org.ourpromise.reports.ReportRenderer;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The Our Promise annual report, laid out as the council's report is: how we met our promise in leadership,
 * partnership, voice and impact, from the commitments, the partners' evidence and the year's figures (the same
 * figures the dashboard and the board pack show). In the browser and as PDF.
 */
@Controller
class OurPromiseReportController {

    /** The figures the report's impact section gives, each under the commitment it shows. */
    static final List<Map.Entry<String, Integer>> IMPACT = List.of(Map.entry("cla.at_31_march", 1),
            Map.entry("stability.long_term_pct", 5), Map.entry("stability.three_plus_placements_pct", 5),
            Map.entry("reviews.participation_pct", 4), Map.entry("missing.pct", 1), Map.entry("oc3.in_touch_pct", 7),
            Map.entry("oc3.suitable_accommodation_pct", 7));

    /** A figure as the report shows it. */
    record Figure(String label, String value, String commitment) {
    }

    private final PromiseBook book;
    private final CurrentFigures figures;
    private final Clock clock;

    OurPromiseReportController(PromiseBook book, CurrentFigures figures, Clock clock) {
        this.book = book;
        this.figures = figures;
        this.clock = clock;
    }

    @GetMapping("/reports/our-promise")
    String page(Model model) {
        model.addAllAttributes(report());
        model.addAttribute("print", false);
        return "ourpromise/report";
    }

    @GetMapping("/reports/our-promise.pdf")
    ResponseEntity<byte[]> pdf() {
        var model = new java.util.HashMap<>(report());
        model.put("print", true);
        var pdf = ReportRenderer.pdf("ourpromise/report-print", model, "Our Promise annual report");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"our-promise.pdf\"").body(pdf);
    }

    private Map<String, Object> report() {
        int year = Ssda903Dates.collectionYearOf(LocalDate.now(clock)) - 1;
        var commitments = book.commitments();
        var titles = commitments.stream().collect(Collectors.toMap(Commitment::id, Commitment::title));
        var pledges = book.pledges(year, null);
        var measures = figures.measures(year);
        var catalogue = MeasureCatalogue.forYear(year);
        var impact = new ArrayList<Figure>();
        IMPACT.forEach(e -> catalogue.find(e.getKey()).ifPresent(m -> impact.add(new Figure(MeasureFormat.label(m),
                MeasureFormat.value(m, measures.get(e.getKey())), titles.get(e.getValue())))));
        List<Pledge> voice = pledges.stream().filter(p -> p.evidence() != null && (p.commitmentId() == 4
                || p.commitmentId() == 6)).toList();
        return Map.of("yearLabel", (year - 1) + "-" + String.format("%02d", year % 100), "commitments", commitments,
                "partners", pledges.stream().map(Pledge::partner).distinct().toList(),
                "evidence", pledges.stream().filter(p -> p.evidence() != null).toList(),
                "pledgeCount", pledges.size(), "voice", voice, "impact", impact);
    }
}
