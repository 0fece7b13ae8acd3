package org.ourpromise.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourpromise.measures.MeasureEngine;
import org.ourpromise.measures.MeasureParameters;

/**
 * A return with history holds OC2 rows for its own year only, so from one return the health outcomes have no
 * trend; figures from the record take each earlier year's from that year's own return. The merge keeps every
 * other measure of the history and replaces the health outcomes only; the pack, the dashboard and the annual
 * report then show a five-year health trend with no gaps and no "return's year only" note.
 */
class YearlyHealthTrendTests {

    @Test
    void eachEarlierYearsHealthOutcomesAreThatYearsOwnAndNothingElseChanges() {
        var withHistory = GeneratedReturns.of(150, 2026, 4);
        var plain = YearFigures.of(withHistory, 2026, null);
        var figures = plain.withHealthOfEachYear(y -> GeneratedReturns.of(150, y, 0));
        assertThat(plain.healthEveryYear()).isFalse();
        assertThat(figures.healthEveryYear()).isTrue();
        assertThat(figures.byYear().keySet()).containsExactlyElementsOf(plain.byYear().keySet()).hasSize(5);
        for (int y : figures.byYear().keySet()) {
            var own = MeasureEngine.compute(GeneratedReturns.of(150, y, 0), MeasureParameters.forYear(y));
            var merged = figures.byYear().get(y);
            merged.values().forEach((key, v) -> {
                if (key.startsWith("oc2.") && y != 2026) {
                    assertThat(v).as(key + " " + y).isEqualTo(own.get(key));
                } else {
                    assertThat(v).as(key + " " + y).isEqualTo(plain.byYear().get(y).get(key));
                }
            });
            assertThat(merged.get("oc2.cohort").value()).as("cohort " + y).isPositive();
        }

        var pack = BoardPack.of(figures, BoardPeriod.quarter(2027, 1), ReportOptions.defaults());
        var health = pack.indicators().stream().filter(i -> i.key().equals("oc2.health_assessment_pct")).findFirst()
                .orElseThrow();
        assertThat(health.trend().bars()).extracting(ChartBar::value).doesNotContainNull();
        assertThat(pack.notes()).noneMatch(n -> n.startsWith("Health outcomes"));
        var oneReturn = BoardPack.of(plain, BoardPeriod.quarter(2027, 1), ReportOptions.defaults());
        var gap = oneReturn.indicators().stream().filter(i -> i.key().equals("oc2.health_assessment_pct")).findFirst()
                .orElseThrow();
        assertThat(gap.trend().bars().get(3).value()).isNull();

        var report = AnnualReport.of(figures, ReportOptions.defaults());
        assertThat(report.trend()).extracting(AnnualReport.TrendLine::key)
                .containsAll(AnnualReportAssembly.HEALTH_TREND_KEYS);
        var health2 = report.sections().stream().filter(s -> s.id() == ReportSection.HEALTH).findFirst()
                .orElseThrow();
        assertThat(health2.notes()).noneMatch(n -> n.contains("five-year trend"));
        assertThat(AnnualReport.of(plain, ReportOptions.defaults()).trend()).extracting(AnnualReport.TrendLine::key)
                .doesNotContainAnyElementsOf(List.copyOf(AnnualReportAssembly.HEALTH_TREND_KEYS));
    }
}
