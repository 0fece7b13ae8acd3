package org.ourpromise.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The report PDFs are tagged for accessibility (PDF/UA): structure tree, marked, titled, language, fonts embedded. */
class TaggedPdfTests {

    private static final ReportOptions OPTIONS = ReportOptions.defaults().withTargets(Targets.of(List.of(
            new Target("reviews.on_time_pct", 2026, new BigDecimal("95"), Target.Direction.HIGHER_IS_BETTER)),
            BigDecimal.ONE));

    @Test
    @DisplayName("board pack PDF: structure tree, marked, title and language, fonts embedded, the page's headings")
    void boardPack() throws IOException {
        var pack = BoardPack.build(GeneratedReturns.of(120, 2026, 3), BoardPeriod.quarter(2027, 1), OPTIONS);
        String html = ReportRenderer.html(pack, ReportRenderer.Medium.PRINT);
        try (var pdf = Loader.loadPDF(ReportRenderer.pdf(pack))) {
            assertTagged(pdf, pack.title() + ", " + pack.period().label());
            assertSameHeadings(pdf, html);
            assertThat(types(pdf)).contains("Table", "TH", "TD", "Figure");
        }
    }

    @Test
    @DisplayName("annual report PDF: tagged the same way, with its title")
    void annualReport() throws IOException {
        var report = AnnualReport.build(GeneratedReturns.of(120, 2026, 5), 2026, OPTIONS);
        String html = ReportRenderer.html(report, ReportRenderer.Medium.PRINT);
        try (var pdf = Loader.loadPDF(ReportRenderer.pdf(report))) {
            assertTagged(pdf, report.title() + " " + report.period());
            assertSameHeadings(pdf, html);
        }
    }

    @Test
    @DisplayName("another room's report on the same renderer is tagged too")
    void otherTemplates() throws IOException {
        var chart = AnnualReport.Chart.trend("c", "Stability", "Line chart.", "Per cent",
                List.of(ChartBar.of("2025-26", 70)), List.of());
        try (var pdf = Loader.loadPDF(ReportRenderer.pdf("reports/chart-test", Map.of("chart", chart), "Chart"))) {
            assertTagged(pdf, "Chart");
        }
    }

    static void assertTagged(PDDocument pdf, String title) throws IOException {
        var catalog = pdf.getDocumentCatalog();
        assertThat(catalog.getStructureTreeRoot()).as("structure tree root").isNotNull();
        assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
        assertThat(catalog.getMarkInfo()).isNotNull();
        assertThat(catalog.getMarkInfo().isMarked()).as("/MarkInfo /Marked").isTrue();
        assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(title);
        assertThat(catalog.getLanguage()).startsWith("en");
        assertThat(catalog.getViewerPreferences()).isNotNull();
        assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
        var fonts = new ArrayList<PDFont>();
        for (var page : pdf.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
    }

    /** Every h1, h2 and h3 of the printed page is a heading of the same level in the structure tree. */
    static void assertSameHeadings(PDDocument pdf, String html) {
        var counts = new HashMap<String, Integer>();
        types(pdf).forEach(t -> counts.merge(t, 1, Integer::sum));
        for (int level = 1; level <= 3; level++) {
            var m = Pattern.compile("<h" + level + "[ >]").matcher(html);
            int inHtml = 0;
            while (m.find()) {
                inHtml++;
            }
            assertThat(counts.getOrDefault("H" + level, 0)).as("H%d", level).isEqualTo(inHtml);
        }
        assertThat(counts.getOrDefault("H1", 0)).isPositive();
    }

    static List<String> types(PDDocument pdf) {
        var out = new ArrayList<String>();
        walk(pdf.getDocumentCatalog().getStructureTreeRoot(), out);
        return out;
    }

    private static void walk(PDStructureNode node, List<String> out) {
        for (var kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                out.add(e.getStructureType());
                walk(e, out);
            }
        }
    }
}
