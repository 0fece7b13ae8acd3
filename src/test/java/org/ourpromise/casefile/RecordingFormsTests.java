package org.ourpromise.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.ourpromise.timescales.DeadlineRule;

/** Each worklist line opens the form that meets it, or none where no form can. */
class RecordingFormsTests {

    /** The forms' addresses, as their features' controllers map them. */
    private static final java.util.Set<String> FORMS = java.util.Set.of("placement-change", "review", "health-assessment",
            "missing-episode", "care-leaver-contact", "visits-plan", "visit", "plan", "pep", "missing-return",
            "review-sent");

    @Test
    void everyFormNamedIsARealForm() {
        for (var rule : DeadlineRule.values()) {
            var path = RecordingForms.pathFor(rule);
            if (path != null) {
                assertThat(FORMS).as(rule.name()).contains(path);
            }
        }
    }

    @Test
    void complaintStagesHaveNoFormOnTheChildsRecord() {
        var none = EnumSet.noneOf(DeadlineRule.class);
        for (var rule : DeadlineRule.values()) {
            if (RecordingForms.pathFor(rule) == null) {
                none.add(rule);
            }
        }
        assertThat(none).containsExactlyInAnyOrder(DeadlineRule.COMPLAINT_STAGE_1, DeadlineRule.COMPLAINT_STAGE_2,
                DeadlineRule.COMPLAINT_STAGE_3_PANEL, DeadlineRule.COMPLAINT_STAGE_3_REPORT,
                DeadlineRule.COMPLAINT_STAGE_3_RESPONSE);
        assertThat(RecordingForms.pathFor(DeadlineRule.VISIT_SHORT_BREAK)).isEqualTo("visit");
        assertThat(RecordingForms.pathFor(DeadlineRule.IRO_MIDWAY_CHECK)).isEqualTo("plan");
        assertThat(RecordingForms.pathFor(DeadlineRule.SDQ)).isEqualTo("health-assessment");
        assertThat(RecordingForms.pathFor(DeadlineRule.RETURN_INTERVIEW)).isEqualTo("missing-return");
        assertThat(RecordingForms.pathFor(DeadlineRule.IRO_RECORD)).isEqualTo("review-sent");
        assertThat(RecordingForms.linkFor(DeadlineRule.IHA_REFERRAL)).isEqualTo("health-assessment?kind=HEALTH_ASSESSMENT_REFERRAL");
        assertThat(RecordingForms.linkFor(DeadlineRule.NEEDS_ASSESSMENT_16)).isEqualTo("plan?kind=NEEDS_ASSESSMENT");
        assertThat(RecordingForms.linkFor(DeadlineRule.VISIT_FIRST_YEAR)).isEqualTo("visit");
    }
}
