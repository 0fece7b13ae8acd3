package org.ourpromise.reports.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ourpromise.timescales.TimescaleSettings;
import org.springframework.mock.env.MockEnvironment;

/** The IRO caseload settings, promise.iro-caseload.*: defaults, a council's own choices, and a refusal. */
class RecordMeasuresConfigurationTests {

    private final RecordMeasuresConfiguration configuration = new RecordMeasuresConfiguration();

    @Test
    void withoutSettingsTheHandbookRangeAndTheWeightOf15() {
        var s = configuration.localMeasureSettings(TimescaleSettings.defaults(), new MockEnvironment());
        assertThat(s.lookedAfterWeight()).isEqualByComparingTo("1.5");
        assertThat(s.otherCaseWeight()).isEqualByComparingTo("1");
        assertThat(s.caseloadLow()).isEqualTo(50);
        assertThat(s.caseloadHigh()).isEqualTo(70);
        assertThat(s.bandOnWeightedCaseload()).isFalse();
    }

    @Test
    void aCouncilsOwnChoices() {
        var env = new MockEnvironment().withProperty("promise.iro-caseload.looked-after-weight", "2")
                .withProperty("promise.iro-caseload.low", "45").withProperty("promise.iro-caseload.band-on-weighted", "true");
        var s = configuration.localMeasureSettings(TimescaleSettings.defaults(), env);
        assertThat(s.lookedAfterWeight()).isEqualByComparingTo("2");
        assertThat(s.caseloadLow()).isEqualTo(45);
        assertThat(s.caseloadHigh()).isEqualTo(70);
        assertThat(s.bandOnWeightedCaseload()).isTrue();
    }

    @Test
    void aRangeTheWrongWayRoundStopsStartUpWithItsReason() {
        var env = new MockEnvironment().withProperty("promise.iro-caseload.low", "80");
        assertThatThrownBy(() -> configuration.localMeasureSettings(TimescaleSettings.defaults(), env))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("promise.iro-caseload")
                .hasMessageContaining("80 to 70");
    }
}
