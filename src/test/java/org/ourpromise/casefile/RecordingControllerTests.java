package org.ourpromise.casefile;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.timescales.DeadlineRule;

/**
 * The recording forms' shared address, {@code /children/{id}/record/<form>}: each worklist line's link opens a
 * form some feature declares, and a form no feature declares is not found. (Each form's own tests are in its
 * room: {@code care.CareFormsTests}, {@code reviews.ReviewFormsTests}, ...)
 */
class RecordingControllerTests extends RecordingFormTestSupport {

    @Test
    void everyWorklistLinkOpensItsForm() throws Exception {
        for (var rule : DeadlineRule.values()) {
            String link = RecordingForms.linkFor(rule);
            if (link != null) {
                mvc.perform(get("/children/" + TestCouncil.AMIRA + "/record/" + link).with(as("sw1")))
                        .andExpect(status().isOk());
            }
        }
    }

    @Test
    void unknownFormIsNotFound() throws Exception {
        mvc.perform(get("/children/" + TestCouncil.AMIRA + "/record/nonsense").with(as("sw1")))
                .andExpect(status().isNotFound());
    }
}
