package org.ourpromise.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.ourpromise.measures.LocalChild;
import org.ourpromise.measures.LocalMeasureCatalogue;
import org.ourpromise.measures.LocalMeasureSettings;
import org.ourpromise.measures.LocalMeasures;
import org.ourpromise.measures.MeasurePeriod;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.HealthEvent;

/**
 * The record's figures as the board pack shows them. Three children came into care on 10 December 2025, so their
 * initial health assessments were due on 12 January 2026 (20 working days over Christmas, worked in
 * LocalMeasuresTests): one held that day, one on 20 January, one not held.
 */
class RecordFiguresTests {

    private static final LocalMeasureSettings SETTINGS = LocalMeasureSettings.defaults();
    private static final List<ChildRecord> CHILDREN = List.of(
            LocalChild.called("A").inCareFrom("2025-12-10").health(HealthEvent.Kind.HEALTH_ASSESSMENT, "2026-01-12").build(),
            LocalChild.called("B").inCareFrom("2025-12-10").health(HealthEvent.Kind.HEALTH_ASSESSMENT, "2026-01-20").build(),
            LocalChild.called("C").inCareFrom("2025-12-10").build());

    private static RecordSection section(ReportOptions options) {
        var months = List.of(YearMonth.of(2025, 11), YearMonth.of(2025, 12), YearMonth.of(2026, 1));
        var periods = months.stream().map(m -> new MeasurePeriod(m.atDay(1), m.atEndOfMonth())).toList();
        var results = LocalMeasures.compute(CHILDREN, periods, YearMonth.of(2026, 1).atEndOfMonth(), SETTINGS);
        var points = new ArrayList<RecordFigures.Point>();
        for (int i = 0; i < months.size(); i++) {
            points.add(new RecordFigures.Point(BoardPeriod.month(months.get(i)).label(), results.get(i)));
        }
        return RecordFigures.section(LocalMeasureCatalogue.of(SETTINGS), RecordFigures.HEADLINES, points, options);
    }

    private static BoardPack.Indicator iha(RecordSection s) {
        return s.figures().stream().map(RecordSection.Figure::indicator)
                .filter(i -> i.key().equals("local.iha_on_time_pct")).findFirst().orElseThrow();
    }

    @Test
    void aTimelinessFigureShowsItsCountsWhatIsOutstandingAndItsTrend() {
        var s = section(ReportOptions.defaults());
        var i = iha(s);
        assertThat(i.value()).isEqualTo("50%");
        assertThat(i.counts()).isEqualTo("1 of 2; 1 due in the period and not done by its end");
        assertThat(i.label()).isEqualTo("Initial health assessments within 20 working days");
        assertThat(i.trend().bars()).extracting(ChartBar::label).containsExactly("November 2025", "December 2025",
                "January 2026");
        assertThat(i.trend().bars()).extracting(ChartBar::shown).containsExactly("no data", "no data", "50");
        assertThat(s.figures()).allSatisfy(f -> assertThat(f.description()).isNotBlank());
        assertThat(s.basis()).contains("January 2026").contains("1 January 2026 to 31 January 2026");
    }

    // Against a target for 2025-26 (the collection year January 2026 is in), tolerance 5 points: 50% misses 60 by 10.
    @ParameterizedTest(name = "target {0}: {1}")
    @CsvSource({"60, RED", "52, AMBER", "50, GREEN", "45, GREEN"})
    void theStatusIsAgainstTheTargetForTheCollectionYearThePeriodEndsIn(String target, RagStatus expected) {
        var targets = Targets.of(List.of(new Target("local.iha_on_time_pct", 2026, new BigDecimal(target),
                Target.Direction.HIGHER_IS_BETTER)), new BigDecimal("5"));
        var i = iha(section(ReportOptions.defaults().withTargets(targets)));
        assertThat(i.rag()).isEqualTo(expected);
        assertThat(i.target()).isEqualTo(target + "% or more");
    }

    @Test
    void theBoardPackPrintsTheFiguresWithWhatTheyMean() {
        var s = section(ReportOptions.defaults());
        var pack = new BoardPack(BoardPack.TITLE, BoardPeriod.month(YearMonth.of(2026, 1)), "basis", List.of(), List.of(),
                false);
        var html = ReportRenderer.html(pack, s, ReportRenderer.Medium.BROWSER);
        assertThat(html).contains("From the record").contains("What the figures mean")
                .contains("Initial health assessments within 20 working days")
                .contains("England and Wales working days").doesNotContain(">A<").doesNotContain("Child ");
        var pdf = ReportRenderer.pdf(pack, s);
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(ReportRenderer.html(pack, ReportRenderer.Medium.BROWSER)).doesNotContain("From the record");
    }
}
