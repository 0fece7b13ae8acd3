package org.ourpromise.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoardPackTests {

    @ParameterizedTest(name = "{0}: {1} to {2}, latest complete collection year {3}")
    @DisplayName("periods: quarters of the collection year from 1 April; the figures are the last complete year's")
    @CsvSource({
            "Q1 2026, 2026-04-01, 2026-06-30, 2026",
            "Q4 2026, 2027-01-01, 2027-03-31, 2027",
            "Q3 2025, 2025-10-01, 2025-12-31, 2025",
    })
    void quarters(String name, LocalDate start, LocalDate end, int year) {
        int collectionYear = end.getMonthValue() <= 3 ? end.getYear() : end.getYear() + 1;
        var q = BoardPeriod.quarter(collectionYear, (start.getMonthValue() + 8) % 12 / 3 + 1);
        assertThat(q.start()).isEqualTo(start);
        assertThat(q.end()).isEqualTo(end);
        assertThat(q.latestCompleteYear()).isEqualTo(year);
    }

    @Test
    void month() {
        var m = BoardPeriod.month(YearMonth.of(2026, 3));
        assertThat(m.label()).isEqualTo("March 2026");
        assertThat(m.latestCompleteYear()).isEqualTo(2026);
    }

    @Test
    @DisplayName("headline indicators with target status in words, trend charts with text alternatives, PDF")
    void pack() throws IOException {
        var targets = Targets.of(List.of(new Target("reviews.on_time_pct", 2026, new BigDecimal("101"),
                Target.Direction.HIGHER_IS_BETTER)), BigDecimal.ZERO);
        var pack = BoardPack.build(GeneratedReturns.of(150, 2026, 1), BoardPeriod.quarter(2027, 1),
                ReportOptions.defaults().withTargets(targets));
        assertThat(pack.indicators()).extracting(BoardPack.Indicator::key).containsExactlyElementsOf(BoardPack.HEADLINES);
        var reviews = pack.indicators().stream().filter(i -> i.key().equals("reviews.on_time_pct")).findFirst().orElseThrow();
        assertThat(reviews.rag()).isEqualTo(RagStatus.RED);
        assertThat(pack.basis()).contains("1 April 2025 to 31 March 2026").contains("Quarter 1 2026-27");
        // OC2 outcomes exist for the return's year only: earlier points are gaps, not zeros
        var health = pack.indicators().stream().filter(i -> i.key().equals("oc2.health_assessment_pct")).findFirst().orElseThrow();
        assertThat(health.trend().bars().get(3).value()).isNull();
        String html = ReportRenderer.html(pack, ReportRenderer.Medium.BROWSER);
        assertThat(html.split("<svg ", -1)).hasSize(BoardPack.HEADLINES.size() + 1);
        assertThat(html.split("<table class=\"chart-data trend-data\"", -1)).hasSize(BoardPack.HEADLINES.size() + 1);
        assertThat(html).contains("Red: outside tolerance of the target");
        byte[] pdf = ReportRenderer.pdf(pack);
        assertThat(new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isBetween(2, 12);
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains(BoardPack.TITLE).contains("Red: outside tolerance");
        }
    }

    @Test
    @DisplayName("a pack from each year's own measures (the dashboard's) keeps every year's OC2 outcomes; sources listed once")
    void ofEachYearsOwnMeasures() {
        var byYear = new java.util.LinkedHashMap<Integer, org.ourpromise.measures.MeasureResults>();
        for (int y = 2025; y <= 2026; y++) {
            byYear.put(y, org.ourpromise.measures.MeasureEngine.compute(GeneratedReturns.of(150, y, 0),
                    org.ourpromise.measures.MeasureParameters.forYear(y)));
        }
        var pack = BoardPack.of(BoardPeriod.quarter(2027, 1), 2026, byYear, ReportOptions.defaults(), List.of());
        var health = pack.indicators().stream().filter(i -> i.key().equals("oc2.health_assessment_pct")).findFirst()
                .orElseThrow();
        var earlier = byYear.get(2025).get("oc2.health_assessment_pct").value();
        assertThat(earlier).isNotNull();
        assertThat(health.trend().bars()).extracting(ChartBar::value)
                .containsExactly(null, null, null, earlier, byYear.get(2026).get("oc2.health_assessment_pct").value());
        // England's count of children in care is not beside the council's count (like for like): no source for it
        assertThat(pack.sources()).doesNotContain(
                "DfE, Stability measures for children looked after in England 2024 (explore-education-statistics.service.gov.uk): "
                        + "Stability measures data set");
        assertThat(pack.sources()).contains(
                "DfE, Stability measures for children looked after in England 2024 (explore-education-statistics.service.gov.uk): "
                        + "Living with the same carer for at least 2 years (19750 of 29000)")
                .doesNotHaveDuplicates();
    }
}
