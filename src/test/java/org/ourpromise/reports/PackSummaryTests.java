package org.ourpromise.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pack's summary, hand-worked: counts by status, and the figures that moved most between their last two points. */
class PackSummaryTests {

    private static BoardPack.Indicator indicator(String label, RagStatus rag, String unit, String... values) {
        var points = new java.util.ArrayList<ChartBar>();
        for (int i = 0; i < values.length; i++) {
            points.add(ChartBar.of((2021 + i) + "-" + (22 + i), values[i] == null ? null : new BigDecimal(values[i])));
        }
        return new BoardPack.Indicator(label.toLowerCase(), label, "", "", "", rag, List.of(),
                AnnualReport.Chart.line(label.toLowerCase(), label, label, points), unit);
    }

    @Test
    void countsEachStatusAndRanksTheMovesByHowFarEachWentFromWhereItWas() {
        var summary = PackSummary.of(List.of(
                indicator("Children in care", RagStatus.NO_TARGET, "", "600", "650"),        // +8.3%
                indicator("Health checks", RagStatus.GREEN, "%", "80", "92"),                 // +15%
                indicator("Missing", RagStatus.RED, "%", "10", "8"),                          // -20%
                indicator("Reviews on time", RagStatus.AMBER, "%", "90", null, "90"),         // last two with values: no move
                indicator("Stability", RagStatus.GREEN, "%", "70"),                           // one point: no move
                indicator("Adoption days", RagStatus.NO_VALUE, " days", "400", "399")));      // -0.25%
        assertThat(summary.count(RagStatus.GREEN)).isEqualTo(2);
        assertThat(summary.count(RagStatus.AMBER)).isEqualTo(1);
        assertThat(summary.count(RagStatus.RED)).isEqualTo(1);
        assertThat(summary.withoutStatus()).isEqualTo(2);
        assertThat(summary.movedMost()).extracting(PackSummary.Movement::label)
                .containsExactly("Missing", "Health checks", "Children in care");
        assertThat(summary.movedMost().get(0).shown()).isEqualTo("Missing: down from 10% (2021-22) to 8% (2022-23)");
    }

    @Test
    void aFigureRisingFromNothingIsTheBiggestMoveAndNoFiguresMeanNoMoves() {
        var summary = PackSummary.of(List.of(indicator("Staying Put", RagStatus.NO_TARGET, "", "0", "3"),
                indicator("Health checks", RagStatus.GREEN, "%", "50", "100")));
        assertThat(summary.movedMost()).extracting(PackSummary.Movement::label).containsExactly("Staying Put",
                "Health checks");
        assertThat(PackSummary.of(List.of()).movedMost()).isEmpty();
    }
}
