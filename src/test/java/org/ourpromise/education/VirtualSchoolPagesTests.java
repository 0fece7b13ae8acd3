package org.ourpromise.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Virtual School Head's worklist on the test council (22 November 2026): Jack, looked after and in Year 12,
 * has weekly attendance of 8 of 10 sessions for three weeks (80%, persistently absent, under 90%), so he is listed;
 * the page's viewing is audited with the children shown; nobody without the Virtual School's permission sees it.
 */
class VirtualSchoolPagesTests extends WebTestSupport {

    @Autowired
    private AttendanceStore attendance;

    @Test
    void aChildUnder90PercentIsOnTheWorklistAndTheCohortFigures() throws Exception {
        attendance.addWeeks(List.of(new AttendanceStore.Week(TestCouncil.JACK, LocalDate.of(2026, 11, 2), 10, 8),
                new AttendanceStore.Week(TestCouncil.JACK, LocalDate.of(2026, 11, 9), 10, 8),
                new AttendanceStore.Week(TestCouncil.JACK, LocalDate.of(2026, 11, 16), 10, 8)));
        var result = mvc.perform(get("/virtual-school").with(as("vsh1"))).andExpect(status().isOk())
                .andExpect(view().name("education/virtual-school"))
                .andExpect(content().string(containsString("Jack Smith")))
                .andExpect(content().string(containsString("80.0%")))
                .andReturn();
        var figures = (VirtualSchoolFigures) result.getModelAndView().getModel().get("figures");
        assertThat(figures.attendance().byChild()).containsKey(TestCouncil.JACK);
        assertThat(figures.attendance().byChild().get(TestCouncil.JACK).persistentlyAbsent()).isTrue();
        var low = (List<?>) result.getModelAndView().getModel().get("lowAttendance");
        assertThat(low).extracting(p -> ((VirtualSchool.Pupil) p).childId()).contains(TestCouncil.JACK);
        var entries = jdbc.queryForList("select detail from audit_event where username = 'vsh1' and action = 'VIEW_REPORT'",
                String.class);
        assertThat(entries).anySatisfy(d -> assertThat(d).startsWith("viewed the Virtual School worklist")
                .contains(TestCouncil.JACK));
        // the child's own page shows the same figure
        mvc.perform(get("/education/children/" + TestCouncil.JACK).with(as("vsh1")))
                .andExpect(content().string(containsString("80.0% (6 of 30 possible sessions missed), persistently absent")));
    }

    @Test
    void onlyTheVirtualSchoolSeesTheWorklist() throws Exception {
        for (var user : List.of("sw1", "perf1", "nurse1", "board1")) {
            mvc.perform(get("/virtual-school").with(as(user))).andExpect(status().isForbidden());
        }
    }
}
