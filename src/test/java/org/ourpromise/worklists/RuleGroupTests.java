package org.ourpromise.worklists;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ourpromise.timescales.DeadlineRule;

/** Whose work each deadline is: every reg 28 and reg 48 visit is the social worker's. */
class RuleGroupTests {

    @ParameterizedTest
    @EnumSource(value = DeadlineRule.class, mode = EnumSource.Mode.MATCH_ANY, names = "VISIT_.*")
    void everyVisitIsTheSocialWorkers(DeadlineRule rule) {
        assertThat(RuleGroup.of(rule)).isEqualTo(RuleGroup.SOCIAL_WORKER);
    }
}
