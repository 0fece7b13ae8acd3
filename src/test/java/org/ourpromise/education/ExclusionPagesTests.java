package org.ourpromise.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Suspensions and permanent exclusions through the form on the child's education page: saved and shown, counted for
 * the child and on the Virtual School's worklist, impossible facts refused with GOV.UK errors and nothing saved, a
 * stale change refused, and each view and change audited.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:exclusion-pages-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class ExclusionPagesTests extends WebTestSupport {

    @Autowired
    private SchoolHistory history;
    @Autowired
    private SchoolList schools;
    @Autowired
    private Exclusions exclusions;

    @BeforeEach
    void jackIsAtSchool() {
        if (history.placements(TestCouncil.JACK).getOrDefault(TestCouncil.JACK, List.of()).isEmpty()) {
            schools.addIfAbsent(new School("777001", "Riverside Academy", "Secondary", "Demoshire"));
            history.add(new SchoolPlacement(0, TestCouncil.JACK, "777001", LocalDate.of(2025, 9, 3), null, "11",
                    SchoolPlacement.Sen.NONE, false, 0), "test");
        }
    }

    private static MockHttpServletRequestBuilder withDate(MockHttpServletRequestBuilder req, String field, LocalDate d) {
        return req.param(field + "-day", String.valueOf(d.getDayOfMonth()))
                .param(field + "-month", String.valueOf(d.getMonthValue()))
                .param(field + "-year", String.valueOf(d.getYear()));
    }

    private int count() {
        return exclusions.byChild(TestCouncil.JACK).getOrDefault(TestCouncil.JACK, List.of()).size();
    }

    @Test
    void aSuspensionIsSavedShownOnTheChildsPageAndCountedOnTheWorklist() throws Exception {
        int before = count();
        mvc.perform(withDate(withDate(post("/education/children/" + TestCouncil.JACK + "/exclusions/new"), "started",
                LocalDate.of(2026, 11, 19)), "ended", LocalDate.of(2026, 11, 20)).param("kind", "SUSPENSION")
                .param("days", "1.5").param("reason", "VERBAL_ABUSE_ADULT").param("version", "0")
                .with(as("vsh1")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("success", "Suspension saved"));
        assertThat(count()).isEqualTo(before + 1);
        mvc.perform(get("/education/children/" + TestCouncil.JACK).with(as("vsh1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Verbal abuse or threatening behaviour against an adult")))
                .andExpect(content().string(containsString("Riverside Academy")))
                .andExpect(content().string(containsString("2026 to 2027 so far: " + (before + 1))));
        mvc.perform(get("/virtual-school").with(as("vsh1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Children with at least one suspension")))
                .andExpect(content().string(containsString(">Jack Smith<")));
        assertThat(auditCount("vsh1", "RECORD_EVENT")).isPositive();
        var saved = exclusions.byChild(TestCouncil.JACK).get(TestCouncil.JACK).stream()
                .filter(e -> e.reason() == Exclusion.Reason.VERBAL_ABUSE_ADULT).findFirst().orElseThrow();
        assertThat(saved.urn()).isEqualTo("777001");
        assertThat(saved.daysWords()).isEqualTo("1.5");
    }

    @Test
    void impossibleFactsAreRefusedWithGovukErrorsAndNothingIsSaved() throws Exception {
        int before = count();
        mvc.perform(withDate(withDate(post("/education/children/" + TestCouncil.JACK + "/exclusions/new"), "started",
                LocalDate.of(2026, 11, 20)), "ended", LocalDate.of(2026, 11, 18)).param("kind", "SUSPENSION")
                .param("days", "0").param("reason", "DAMAGE").param("version", "0").with(as("vsh1")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasEntry("ended",
                        "The last day of the suspension must be the same as or after the first day")))
                .andExpect(model().attribute("errors", hasEntry("days", "The number of school days must be more than 0")))
                .andExpect(content().string(containsString("<title>Error: Suspension or permanent exclusion")));
        mvc.perform(withDate(post("/education/children/" + TestCouncil.JACK + "/exclusions/new"), "started",
                LocalDate.of(2025, 8, 1)).param("kind", "PERMANENT").param("reason", "DAMAGE").param("version", "0")
                .with(as("vsh1")).with(csrf()))
                .andExpect(model().attribute("errors", hasEntry("started",
                        "The child was not on the roll of any school on that day: add the school first")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aStaleChangeIsRefused() throws Exception {
        exclusions.add(new Exclusion(0, TestCouncil.JACK, Exclusion.Kind.SUSPENSION, LocalDate.of(2026, 10, 5), null,
                java.math.BigDecimal.ONE, Exclusion.Reason.THEFT, "777001", 0), "test");
        var saved = exclusions.byChild(TestCouncil.JACK).get(TestCouncil.JACK).stream()
                .filter(e -> e.reason() == Exclusion.Reason.THEFT).findFirst().orElseThrow();
        jdbc.update("update exclusion set version = version + 1 where exclusion_id = ?", saved.id());
        mvc.perform(withDate(post("/education/children/" + TestCouncil.JACK + "/exclusions/" + saved.id()), "started",
                LocalDate.of(2026, 10, 5)).param("kind", "SUSPENSION").param("days", "2").param("reason", "THEFT")
                .param("version", "0").with(as("vsh1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(model().attribute("errors",
                        hasEntry(org.hamcrest.Matchers.equalTo("kind"), containsString("Someone else changed this"))));
        assertThat(exclusions.find(TestCouncil.JACK, saved.id()).orElseThrow().daysWords()).isEqualTo("1");
    }
}
