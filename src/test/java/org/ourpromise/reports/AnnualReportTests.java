package org.ourpromise.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ourpromise.measures.MeasureEngine;
import org.ourpromise.measures.MeasureParameters;

class AnnualReportTests {

    static AnnualReport report;
    static byte[] pdf;

    @BeforeAll
    static void renderOnce() {
        report = AnnualReport.build(GeneratedReturns.of(300, 2026, 4), 2026, ReportOptions.defaults());
        pdf = ReportRenderer.pdf(report);
    }

    @Test
    @DisplayName("every section of the seed's structure is in the report, in order, with its title and anchor")
    void everySection() {
        assertThat(report.sections()).extracting(AnnualReport.Section::id).containsExactly(ReportSection.values());
        String html = ReportRenderer.html(report, ReportRenderer.Medium.BROWSER).replace("&#39;", "'");
        for (var s : ReportSection.values()) {
            assertThat(html).contains("id=\"" + s.slug() + "\"").contains(s.title());
        }
        assertThat(html).contains("Five-year trend of the key measures");
    }

    @Test
    @DisplayName("browser: every SVG chart has title and desc and a text-alternative table next to it")
    void everyChartHasATextAlternative() {
        String html = ReportRenderer.html(report, ReportRenderer.Medium.BROWSER);
        int svgs = count(html, "<svg ");
        assertThat(svgs).isEqualTo(ReportSection.values().length + AnnualReportAssembly.TREND_KEYS.size());
        assertThat(count(html, "<title>")).isEqualTo(svgs + 1); // + the page's own title
        assertThat(count(html, "<desc>")).isEqualTo(svgs);
        assertThat(count(html, "<table class=\"chart-data")).isEqualTo(svgs);
        assertThat(count(html, "Text alternative: ")).isEqualTo(svgs);
    }

    @Test
    @DisplayName("print: the browser's SVG charts, each with its data table; no CSS-bar fallback")
    void printDrawsTheSameSvg() {
        String print = ReportRenderer.html(report, ReportRenderer.Medium.PRINT);
        String browser = ReportRenderer.html(report, ReportRenderer.Medium.BROWSER);
        int charts = ReportSection.values().length + AnnualReportAssembly.TREND_KEYS.size();
        assertThat(svgs(print)).hasSize(charts).containsExactlyElementsOf(svgs(browser));
        assertThat(count(print, "<table class=\"chart-data")).isEqualTo(charts);
        assertThat(print).doesNotContain("css-bar").doesNotContain("bar-col").doesNotContain("Chart (to scale)");
    }

    private static List<String> svgs(String html) {
        return Pattern.compile("<svg .*?</svg>", Pattern.DOTALL).matcher(html).results().map(m -> m.group()).toList();
    }

    @Test
    @DisplayName("narrative: placeholder clearly marked in every unwritten section; written text replaces it")
    void narrative() {
        String html = ReportRenderer.html(report, ReportRenderer.Medium.BROWSER);
        assertThat(count(html, ReportNarrative.PLACEHOLDER)).isGreaterThanOrEqualTo(ReportSection.values().length);
        var written = ReportOptions.defaults().withNarrative(ReportNarrative.empty()
                .with(ReportSection.STABILITY, "Stability improved because of the new carers' support offer."));
        var r = AnnualReport.build(GeneratedReturns.of(300, 2026, 4), 2026, written);
        var stability = r.sections().get(ReportSection.STABILITY.ordinal());
        assertThat(stability.narrativeWritten()).isTrue();
        assertThat(stability.narrative()).startsWith("Stability improved");
        assertThat(written.narrative().unwritten()).hasSize(ReportSection.values().length - 1)
                .doesNotContain(ReportSection.STABILITY);
    }

    @Test
    @DisplayName("figures are the engine's: value and numerator/denominator of a percentage, definition from the catalogue")
    void figuresFromTheEngine() {
        var results = MeasureEngine.compute(GeneratedReturns.of(300, 2026, 4), MeasureParameters.forYear(2026));
        var stability = results.get("stability.three_plus_placements_pct");
        var figure = report.sections().get(ReportSection.STABILITY.ordinal()).figures().get(0);
        assertThat(figure.key()).isEqualTo("stability.three_plus_placements_pct");
        assertThat(figure.value()).endsWith("%");
        assertThat(new BigDecimal(figure.value().replace("%", ""))).isEqualByComparingTo(stability.value());
        assertThat(figure.counts()).isEqualTo(stability.numerator() + " of " + stability.denominator());
        assertThat(figure.definition()).contains("3 or more placements");
        var longTerm = report.sections().get(ReportSection.STABILITY.ordinal()).figures().get(1);
        assertThat(ReportRenderer.html(report, ReportRenderer.Medium.BROWSER))
                .as("DOMAIN.md §2.5 national figure shown with its unit and year")
                .contains("England (31 March 2024): 68%");
        assertThat(longTerm.comparators()).singleElement().satisfies(b -> assertThat(b.year()).isEqualTo(2024));
    }

    @Test
    @DisplayName("PDF: starts with %PDF, A4 pages in the expected range, text holds the CLA count and every section")
    void pdfBytes() throws IOException {
        assertThat(new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        var cla = MeasureEngine.compute(GeneratedReturns.of(300, 2026, 4), MeasureParameters.forYear(2026))
                .get("cla.at_31_march").value();
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isBetween(15, 45);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Children looked after at 31 March");
            assertThat(Pattern.compile("Children looked after at 31\\s+March\\s+" + cla.toPlainString() + "\\b")
                    .matcher(text).find()).as("the CLA count %s next to its label", cla).isTrue();
            for (var s : ReportSection.values()) {
                assertThat(text).contains(s.title());
            }
            assertThat(text).contains(ReportNarrative.PLACEHOLDER).doesNotContain("ILLUSTRATIVE");
        }
    }

    @Test
    @DisplayName("history: a year the data does not cover is said plainly; fewer than 3 years for the adoption window too")
    void coverageSaidPlainly() {
        var r = AnnualReport.build(GeneratedReturns.of(150, 2026, 1), 2026, ReportOptions.defaults());
        assertThat(r.notes()).contains("2021-22 is not covered by the data: the trend shows no figure for it.",
                "2023-24 is not covered by the data: the trend shows no figure for it.");
        assertThat(r.notes()).anyMatch(n -> n.startsWith("The 3-year adoption window has fewer than 3 years of episodes (2)"));
        var cla = r.trend().get(0);
        assertThat(cla.chart().bars()).extracting(ChartBar::label)
                .containsExactly("2021-22", "2022-23", "2023-24", "2024-25", "2025-26");
        assertThat(cla.chart().bars().get(0).value()).isNull();
        assertThat(cla.chart().bars().get(4).value()).isNotNull();
        assertThat(cla.notes()).contains("2021-22: not covered by the data");
        assertThat(r.sections().get(ReportSection.PERMANENCE.ordinal()).notes())
                .anyMatch(n -> n.contains("fewer than 3 years of episodes"));
    }

    @Test
    @DisplayName("an illustrative comparator is labelled ILLUSTRATIVE where shown and on every PDF page")
    void illustrativeOnEveryPage() throws IOException {
        var bench = BenchmarkTable.of(List.of(new Benchmark("cla.rate_per_10000", 2026, "Neighbour A",
                new BigDecimal("50"), "Illustrative: not a published figure", "test")));
        var r = AnnualReport.build(GeneratedReturns.of(150, 2026, 1), 2026,
                ReportOptions.defaults().withBenchmarks(bench));
        assertThat(r.illustrative()).isTrue();
        try (var doc = Loader.loadPDF(ReportRenderer.pdf(r))) {
            var stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                assertThat(stripper.getText(doc)).as("page %d", p).contains("ILLUSTRATIVE");
            }
        }
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
