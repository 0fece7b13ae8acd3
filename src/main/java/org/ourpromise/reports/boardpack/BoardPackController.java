package org.ourpromise.reports.boardpack;

import java.time.YearMonth;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.ourpromise.reports.BoardPeriod;
import org.ourpromise.reports.FigureTable;
import org.ourpromise.reports.ReportRenderer;
import org.ourpromise.reports.figures.FigureDownloads;
import org.ourpromise.reports.figures.RecordMeasures;
import org.ourpromise.reports.figures.ReportLibrary;
import org.ourpromise.reports.figures.ReportPage;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;

/**
 * The Corporate Parenting Board's performance pack for a collection year, a quarter or a month, in the browser and as PDF, with the
 * figures from the council's own record for that period and the five before it. Aggregate figures only: the pack
 * names no child and no worker and links to no drill-down, so board members see all of it.
 */
@Controller
class BoardPackController {

    private final ReportLibrary library;
    private final RecordMeasures record;
    private final FigureDownloads downloads;
    private final PackPeriods periods;

    private final org.ourpromise.reports.figures.ReportDocuments documents;

    private final PackNarratives narratives;

    BoardPackController(ReportLibrary library, RecordMeasures record, FigureDownloads downloads,
            org.ourpromise.reports.figures.ReportDocuments documents, PackNarratives narratives) {
        this.narratives = narratives;
        this.documents = documents;
        this.library = library;
        this.record = record;
        this.downloads = downloads;
        this.periods = new PackPeriods(library);
    }

    @GetMapping("/board-pack")
    ResponseEntity<String> pack(@org.springframework.security.core.annotation.AuthenticationPrincipal
            org.ourpromise.access.PromiseUser user, @RequestParam(required = false) @Nullable String year,
            @RequestParam(required = false) @Nullable String quarter,
            @RequestParam(required = false) @Nullable String month,
            @RequestParam(required = false) @Nullable String period) {
        if (period != null && !period.isBlank()) {
            var asked = PackPeriods.fromChoice(period.strip());
            year = asked[0];
            quarter = asked[1];
            month = asked[2];
        }
        var chosen = periods.chosen(year, quarter, month);
        var links = ReportPage.links();
        links.put("Promise home", "/");
        links.put("Download this pack as PDF", "/board-pack.pdf?" + chosen.query());
        links.put("Download the figures (CSV)", "/board-pack.csv?" + chosen.query());
        if (user.can(org.ourpromise.access.Permission.MANAGE_RETURN)) {
            links.put("Write the narrative", "/board-pack/narrative?period=" + chosen.query().replace("=", "%3D"));
        }
        var pack = library.boardPack(chosen.period());
        var fromTheRecord = record.boardPack(chosen.period());
        var html = ReportRenderer.html(pack, fromTheRecord, sections(chosen.period()), narratives.of(chosen.query()),
                ReportRenderer.Medium.BROWSER);
        return ReportPage.of(html, links, chooser(chosen.query()));
    }

    /** The in-year figures first (a month's or a quarter's pack), then the sections other rooms add. */
    private java.util.List<org.ourpromise.reports.PackSection> sections(org.ourpromise.reports.BoardPeriod period) {
        return documents.packSections(period);
    }

    /** The period chooser: a form that works without JavaScript, the period shown selected. */
    private String chooser(String current) {
        var form = new StringBuilder("<form class=\"report-chooser\" method=\"get\" action=\"/board-pack\">"
                + "<label for=\"period\">Show the pack for</label> <select id=\"period\" name=\"period\">");
        periods.choices().forEach((query, label) -> form.append("<option value=\"").append(HtmlUtils.htmlEscape(query))
                .append(query.equals(current) ? "\" selected>" : "\">").append(HtmlUtils.htmlEscape(label))
                .append("</option>"));
        return form.append("</select> <button type=\"submit\">Show</button></form>").toString();
    }

    @GetMapping("/board-pack.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) @Nullable String year,
            @RequestParam(required = false) @Nullable String quarter,
            @RequestParam(required = false) @Nullable String month) {
        var chosen = periods.chosen(year, quarter, month);
        // the same document the warm-up renders, so its PDF is served as rendered
        var pdf = documents.packPdf(chosen.period());
        return ReportPage.pdf(pdf, "board-pack-" + chosen.query().replaceFirst("^[a-z]+=", "") + ".pdf");
    }

    @GetMapping("/board-pack.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) @Nullable String year,
            @RequestParam(required = false) @Nullable String quarter,
            @RequestParam(required = false) @Nullable String month) {
        var chosen = periods.chosen(year, quarter, month);
        return ReportPage.csv(FigureTable.csv(downloads.boardPack(chosen.period())),
                "board-pack-" + chosen.query().replaceFirst("^[a-z]+=", "") + ".csv");
    }
}
