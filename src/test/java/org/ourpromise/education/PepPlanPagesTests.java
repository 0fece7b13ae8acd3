package org.ourpromise.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.springframework.beans.factory.annotation.Autowired;
import org.ourpromise.WebTestSupport;
import org.springframework.test.context.TestPropertySource;

/**
 * A PEP written up (targets, the child's views, the designated teacher, Pupil Premium Plus asked for) and rated
 * by the Virtual School: waiting on the worklist until rated, refused with GOV.UK errors when incomplete, a stale
 * rating refused, and a social worker may write up but not rate.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:pep-plan-pages-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class PepPlanPagesTests extends WebTestSupport {

    @Autowired
    private PepPlans plans;

    private long pepId;

    @BeforeEach
    void jackHadAPepMeeting() {
        jdbc.update("delete from education_event where child_id = ? and kind = 'PEP_MEETING'", TestCouncil.JACK);
        jdbc.update("insert into education_event (child_id, kind, event_date) values (?, 'PEP_MEETING', ?)",
                TestCouncil.JACK, LocalDate.of(2026, 10, 14));
        pepId = jdbc.queryForObject("select max(education_event_id) from education_event where child_id = ?",
                Long.class, TestCouncil.JACK);
    }

    private String path(String what) {
        return "/education/children/" + TestCouncil.JACK + "/" + what + "/" + pepId;
    }

    @Test
    void aPepIsWrittenUpWaitsForRatingAndIsRated() throws Exception {
        mvc.perform(get("/virtual-school").with(as("vsh1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("PEPs needing quality review (1)")));
        mvc.perform(post(path("peps")).param("targets", "Grade 5 in English by the summer").param("childViews",
                "I want to go to college").param("designatedTeacher", "Ms Patel").param("amount", "600")
                .param("purpose", "Maths tuition").param("version", "0").with(as("sw2")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/education/children/" + TestCouncil.JACK).with(as("vsh1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Grade 5 in English by the summer")))
                .andExpect(content().string(containsString("£600: Maths tuition")))
                .andExpect(content().string(containsString("Not rated")));
        mvc.perform(post(path("pep-quality")).param("rating", "REQUIRES_IMPROVEMENT").param("remedialAction",
                "Targets need dates").param("remedialBy-day", "22").param("remedialBy-month", "11")
                .param("remedialBy-year", "2026").param("version", "0").with(as("vsh1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var pep = plans.find(TestCouncil.JACK, pepId).orElseThrow();
        assertThat(pep.quality().rating()).isEqualTo(Pep.Rating.REQUIRES_IMPROVEMENT);
        assertThat(pep.content().designatedTeacher()).isEqualTo("Ms Patel");
        mvc.perform(get("/virtual-school").with(as("vsh1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("PEPs needing quality review (0)")))
                .andExpect(content().string(containsString("Remedial action due from schools (1)")))
                .andExpect(content().string(containsString("Targets need dates")));
        assertThat(auditCount("vsh1", "RECORD_EVENT")).isPositive();
        assertThat(auditCount("sw2", "RECORD_EVENT")).isPositive();
    }

    @Test
    void incompleteFormsAreRefusedAndAStaleRatingIsRefused() throws Exception {
        mvc.perform(post(path("peps")).param("amount", "abc").param("version", "0").with(as("vsh1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("targets")))
                .andExpect(model().attribute("errors", hasEntry("amount", "Enter the amount in pounds, like 600 or 450.50")))
                .andExpect(content().string(containsString("<title>Error: Personal education plan")));
        mvc.perform(post(path("pep-quality")).param("rating", "INADEQUATE").param("version", "0").with(as("vsh1"))
                .with(csrf())).andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasEntry("remedialAction", "Enter the remedial action")));
        assertThat(plans.find(TestCouncil.JACK, pepId).orElseThrow().quality()).isNull();
        mvc.perform(post(path("pep-quality")).param("rating", "GOOD").param("version", "0").with(as("vsh1"))
                .with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post(path("pep-quality")).param("rating", "INADEQUATE").param("remedialAction", "x")
                .param("remedialBy-day", "1").param("remedialBy-month", "12").param("remedialBy-year", "2026")
                .param("version", "0").with(as("vsh1")).with(csrf())).andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasEntry(org.hamcrest.Matchers.equalTo("rating"),
                        containsString("Someone else changed this"))));
        assertThat(plans.find(TestCouncil.JACK, pepId).orElseThrow().quality().rating()).isEqualTo(Pep.Rating.GOOD);
    }

    @Test
    void aSocialWorkerMayNotRateAPep() throws Exception {
        mvc.perform(get(path("pep-quality")).with(as("sw2"))).andExpect(status().isForbidden());
    }
}
