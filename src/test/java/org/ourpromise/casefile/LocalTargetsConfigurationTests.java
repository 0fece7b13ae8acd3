package org.ourpromise.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ourpromise.timescales.TimescaleSettings;
import org.springframework.mock.env.MockEnvironment;

/** Local targets come from configuration, with the documented defaults (DOMAIN.md §3.2 rows 11, 12, 14, 31). */
class LocalTargetsConfigurationTests {

    @Test
    void withNothingConfiguredTheDefaultsApply() {
        assertThat(LocalTargetsConfiguration.fromEnvironment(new MockEnvironment()))
                .isEqualTo(TimescaleSettings.defaults());
    }

    @Test
    void aCouncilCanSetItsOwnTargets() {
        var env = new MockEnvironment().withProperty("promise.timescales.iro-decisions-working-days", "3")
                .withProperty("promise.timescales.return-interview-hours", "48")
                .withProperty("promise.timescales.same-carer-moves-restart-visits", "true");
        var settings = LocalTargetsConfiguration.fromEnvironment(env);
        assertThat(settings.iroDecisionsWorkingDays()).isEqualTo(3);
        assertThat(settings.returnInterviewHours()).isEqualTo(48);
        assertThat(settings.sameCarerMovesRestartVisits()).isTrue();
        assertThat(settings.reviewRecordWorkingDays()).isEqualTo(TimescaleSettings.defaults().reviewRecordWorkingDays());
    }

    @Test
    void aTargetTheEngineRefusesStopsStartUpWithItsReason() {
        var env = new MockEnvironment().withProperty("promise.timescales.iro-decisions-working-days", "-1");
        assertThatThrownBy(() -> LocalTargetsConfiguration.fromEnvironment(env))
                .hasMessageContaining("invalid promise.timescales settings").hasMessageContaining("negative");
    }

    @Test
    void propertyNamesAreKebabCase() {
        assertThat(LocalTargetsConfiguration.kebab("ihaReferralWorkingDays")).isEqualTo("iha-referral-working-days");
    }
}
