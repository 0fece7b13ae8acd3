package org.ourpromise.leavers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourpromise.casefile.OpenDeadlines;
import org.ourpromise.casefile.RecordingFormTestSupport;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecords;
import org.ourpromise.timescales.DeadlineRule;

/** The basis of a young person's leaving-care support, and the adviser's work lapsing or not with it. */
class EntitlementFormTests extends RecordingFormTestSupport {

    /** Born 10 March 2005, left care at 18 (10 March 2023), 21 on 10 March 2026: 21 and over on 22 November 2026. */
    private static final String LEAVER = "C9205";

    private void add() {
        if (records.load(LEAVER).isEmpty()) {
            records.addAll(List.of(ChildRecords.child(LEAVER, "Test", "Leaver", LocalDate.of(2005, 3, 10), "F")
                    .episode(new CareEpisode(LocalDate.of(2020, 6, 1), "S", "C2", "N1", "U4", "PR1",
                            LocalDate.of(2023, 3, 10), "E17", null, null, null, null))
                    .allocation(new Allocation(Allocation.Role.PERSONAL_ADVISER, "PA09", "Leaving care",
                            LocalDate.of(2023, 3, 1), null, null)).build()));
        }
    }

    private OpenDeadlines deadlines() throws Exception {
        var page = mvc.perform(get("/children/" + LEAVER).with(as(separateAdviser()))).andExpect(status().isOk()).andReturn();
        return (OpenDeadlines) page.getModelAndView().getModel().get("deadlines");
    }

    private static boolean leaverWork(OpenDeadlines d) {
        return d.items().stream().anyMatch(i -> i.rule() == DeadlineRule.PA_CONTACT
                || i.rule() == DeadlineRule.PATHWAY_PLAN_REVIEW);
    }

    @Test
    void theDutyToTwentyOneEndsTheAdvisersWorkAndAProgrammeCarriesItOn() throws Exception {
        add();
        // nothing recorded: the duty ended on her 21st birthday; what was missed before is shown, not listed as work
        var before = deadlines();
        assertThat(leaverWork(before)).isFalse();
        assertThat(before.missed()).anyMatch(i -> i.rule() == DeadlineRule.PA_CONTACT);
        mvc.perform(get("/children/" + LEAVER).with(as(separateAdviser())))
                .andExpect(content().string(containsString("Missed and no longer possible")));

        // refused: a programme needs its end; support on request has none
        mvc.perform(post("/children/" + LEAVER + "/record/leaving-care-entitlement").param("basis", "EDUCATION_PROGRAMME")
                .with(as(separateAdviser())).with(csrf())).andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasKey("programmeEnds")));
        mvc.perform(date(post("/children/" + LEAVER + "/record/leaving-care-entitlement"), "programmeEnds", "30", "6",
                "2027").param("basis", "ON_REQUEST_TO_25").with(as(separateAdviser())).with(csrf())).andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasKey("programmeEnds")));
        assertThat(jdbc.queryForObject("select count(*) from leaving_care_entitlement where child_id = ?", Integer.class,
                LEAVER)).isZero();

        // an agreed programme to 30 June 2027 carries the duty past 21: the adviser's work is owed again
        mvc.perform(date(post("/children/" + LEAVER + "/record/leaving-care-entitlement"), "programmeEnds", "30", "6",
                "2027").param("basis", "EDUCATION_PROGRAMME").with(as(separateAdviser())).with(csrf())).andExpect(saved());
        assertThat(jdbc.queryForObject("select count(*) from leaving_care_entitlement where child_id = ?", Integer.class,
                LEAVER)).isOne();
        // a change made from a page opened before the first was saved is refused
        mvc.perform(post("/children/" + LEAVER + "/record/leaving-care-entitlement").param("basis", "TO_21")
                .with(as(separateAdviser())).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed")));
        mvc.perform(post("/children/" + LEAVER + "/record/leaving-care-entitlement").param("basis", "TO_21")
                .param("version", "0").with(as(separateAdviser())).with(csrf())).andExpect(saved());
        assertThat(leaverWork(deadlines())).isFalse();
    }
}
