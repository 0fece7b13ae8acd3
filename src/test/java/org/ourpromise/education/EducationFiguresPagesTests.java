package org.ourpromise.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.ourpromise.measures.EducationMeasureCatalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The Virtual School's figures on the test council (22 November 2026): the figure the worklist shows is the one the
 * figures page, its drill-down and the targets page show; the drill-down names the children and is audited; only the
 * Virtual School sees it.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:education-figures-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class EducationFiguresPagesTests extends WebTestSupport {

    @Autowired
    private AttendanceStore attendance;

    @Test
    void persistentAbsenceIsOneFigureOnTheWorklistTheDrillDownAndTheTargetsPage() throws Exception {
        // Jack: 8 of 10 sessions for three weeks, 80%: persistently absent
        attendance.addWeeks(List.of(new AttendanceStore.Week(TestCouncil.JACK, LocalDate.of(2026, 11, 2), 10, 8),
                new AttendanceStore.Week(TestCouncil.JACK, LocalDate.of(2026, 11, 9), 10, 8),
                new AttendanceStore.Week(TestCouncil.JACK, LocalDate.of(2026, 11, 16), 10, 8)));
        var worklist = (VirtualSchoolFigures) mvc.perform(get("/virtual-school").with(as("vsh1")))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("figures");
        String shown = worklist.attendance().persistentlyAbsent() + " of " + worklist.attendance().children();
        assertThat(worklist.attendance().persistentlyAbsent()).isPositive();
        mvc.perform(get("/virtual-school/figures").with(as("vsh1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Children persistently absent from school")))
                .andExpect(content().string(containsString("% (" + shown + ")")));
        mvc.perform(get("/virtual-school/figures/" + EducationMeasureCatalogue.PERSISTENT_ABSENCE).with(as("vsh1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("How this is counted")))
                .andExpect(content().string(containsString("Over five years")))
                .andExpect(content().string(containsString("School year 2022 to 2023")))
                .andExpect(content().string(containsString("Jack Smith")))
                .andExpect(content().string(containsString(shown)));
        var entries = jdbc.queryForList("select detail from audit_event where username = 'vsh1' and action = 'VIEW_REPORT'",
                String.class);
        assertThat(entries).anySatisfy(d -> assertThat(d).startsWith("viewed the Virtual School figure Children "
                + "persistently absent from school"));
        var children = jdbc.queryForList("select child_id from audit_event where username = 'vsh1' and detail like "
                + "'viewed the Virtual School figure%'", String.class);
        assertThat(children).contains(TestCouncil.JACK);
        // the targets page lists the measure with the same figure (this collection year so far)
        var target = mvc.perform(get("/targets/" + EducationMeasureCatalogue.PERSISTENT_ABSENCE + "?year=2027")
                .with(as("perf1"))).andExpect(status().isOk()).andReturn().getModelAndView().getModel();
        assertThat((String) target.get("figure")).endsWith("%").isNotEqualTo("0%");
        assertThat(new java.math.BigDecimal(((String) target.get("figure")).replace("%", "")))
                .isEqualByComparingTo(worklist.attendance().persistentAbsencePercent());
    }

    @Test
    void anUnknownFigureOrYearIsNotFoundAndOnlyTheVirtualSchoolSeesThem() throws Exception {
        mvc.perform(get("/virtual-school/figures/cla.at_31_march").with(as("vsh1"))).andExpect(status().isNotFound());
        mvc.perform(get("/virtual-school/figures?year=soon").with(as("vsh1"))).andExpect(status().isNotFound());
        mvc.perform(get("/virtual-school/figures?year=2030").with(as("vsh1"))).andExpect(status().isNotFound());
        for (var user : List.of("sw1", "perf1", "nurse1", "board1")) {
            mvc.perform(get("/virtual-school/figures").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/virtual-school/figures/" + EducationMeasureCatalogue.EHCP).with(as(user)))
                    .andExpect(status().isForbidden());
        }
    }
}
