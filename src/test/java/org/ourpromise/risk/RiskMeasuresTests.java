package org.ourpromise.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ourpromise.measures.MeasureCatalogue;
import org.ourpromise.measures.RiskServiceMeasureCatalogue;
import org.ourpromise.record.MissingEpisode;

/** The children-at-risk measures for the year ending 31 March 2026, worked by hand at the year's edges. */
class RiskMeasuresTests {

    private static final LocalDate FROM = LocalDate.of(2025, 4, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 31);

    private static MissingEpisode gone(String day) {
        var d = LocalDate.parse(day);
        return new MissingEpisode("M", d, d, null, null, false);
    }

    @Test
    void eachMeasureLooksOnlyAtThePeriod() {
        var assessments = Map.of(
                // high on 31 March: counted; high on 1 April 2026 (after the period): not; medium after high: not
                "A", List.of(new RiskRegister.Assessment("A", "CSE", RiskLevel.HIGH, TO, "hub", null)),
                "B", List.of(new RiskRegister.Assessment("B", "CCE", RiskLevel.HIGH, TO.plusDays(1), "hub", null)),
                "C", List.of(new RiskRegister.Assessment("C", "CCE", RiskLevel.HIGH, FROM, "hub", null),
                        new RiskRegister.Assessment("C", "CCE", RiskLevel.MEDIUM, FROM.plusDays(9), "hub", null)));
        // window: 1 January to 31 March 2026 (90 days, 2026 not a leap year)
        var missing = Map.of("D", List.of(gone("2026-01-01"), gone("2026-02-01"), gone("2026-03-31")),
                "E", List.of(gone("2025-12-31"), gone("2026-02-01"), gone("2026-03-31")),
                "F", List.of(gone("2026-01-01"), gone("2026-02-01"), gone("2026-03-01")));
        var reviews = Map.of("D", List.of(LocalDate.of(2026, 1, 1)), "F", List.of(LocalDate.of(2025, 12, 31)));
        var justice = Map.of("G", List.of(new YouthJustice(1, "G", null, YouthJustice.Kind.CUSTODY, "YOI",
                        LocalDate.of(2025, 1, 1), FROM, 0)),
                "H", List.of(new YouthJustice(2, "H", null, YouthJustice.Kind.ORDER, "Referral order",
                        LocalDate.of(2025, 1, 1), FROM.minusDays(1), 0)));
        var placed = List.of(new PlacedHere(1, "R1", "Derby", "Home", TO, null, null, 0),
                new PlacedHere(2, "R2", "Derby", "Home", LocalDate.of(2024, 1, 1), null, FROM, 0),
                new PlacedHere(3, "R3", "Derby", "Home", TO.plusDays(1), null, null, 0));
        var values = RiskMeasures.of(new RiskMeasures.Inputs(assessments, missing, reviews, justice, placed), FROM, TO,
                new RepeatMissing(3, 90));
        assertThat(values.get(RiskServiceMeasureCatalogue.HIGH_RISK).numeratorChildren()).containsExactly("A");
        assertThat(values.get(RiskServiceMeasureCatalogue.REPEAT_MISSING).numeratorChildren()).containsExactly("D", "F");
        var reviewed = values.get(RiskServiceMeasureCatalogue.MISSING_PANEL_REVIEWED);
        assertThat(reviewed.numeratorChildren()).containsExactly("D");
        assertThat(reviewed.value()).isEqualByComparingTo(new BigDecimal("50.0"));
        assertThat(values.get(RiskServiceMeasureCatalogue.YOUTH_JUSTICE).numeratorChildren()).containsExactly("G");
        // R2 ended on 1 April 2025, the period's first day: it left that day, so was not here in the period
        assertThat(values.get(RiskServiceMeasureCatalogue.PLACED_HERE).numerator()).isEqualTo(1);
    }

    @Test
    void everyMeasureIsInTheCataloguesForTargets() {
        var keys = MeasureCatalogue.withLocalMeasures(2026).keys();
        assertThat(keys).containsAll(RiskServiceMeasureCatalogue.defaults().keys());
    }
}
