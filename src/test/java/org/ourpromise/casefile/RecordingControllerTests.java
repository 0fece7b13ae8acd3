package org.ourpromise.casefile;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;

/** The recording forms' shared address: a form no feature declares is not found. (Each form's tests are in its room.) */
class RecordingControllerTests extends RecordingFormTestSupport {

    @Test
    void unknownFormIsNotFound() throws Exception {
        mvc.perform(get("/children/" + TestCouncil.AMIRA + "/record/nonsense").with(as("sw1")))
                .andExpect(status().isNotFound());
    }
}
