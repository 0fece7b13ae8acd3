package org.ourpromise.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ourpromise.WebTestSupport;
import org.ourpromise.lists.ListPage;
import org.ourpromise.measures.MeasureCatalogue;
import org.ourpromise.reports.dashboard.Dashboard;
import org.ourpromise.reports.RagStatus;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Issue 4: the performance team maintains the targets; the dashboard's status follows them; every change audited. */
class TargetsControllerTests extends WebTestSupport {

    @AfterEach
    void removeTestTargets() {
        jdbc.update("delete from benchmark_target");
        Revision.raise(jdbc);
    }

    private MockHttpServletRequestBuilder set(String key, String year, String target, String direction, String band) {
        return post("/targets/" + key).param("year", year).param("target", target).param("direction", direction)
                .param("tolerance", band).param("version", version(key, year)).with(as("perf1")).with(csrf());
    }

    /** The version of the stored target, as the form carries it ("" when none is set): the page was not stale. */
    private String version(String key, String year) {
        var v = jdbc.queryForList("select version from benchmark_target where measure_key = ? and target_year = ?",
                Integer.class, key, Integer.parseInt(year));
        return v.isEmpty() ? "" : v.get(0).toString();
    }

    private RagStatus dashboardStatus(String key) throws Exception {
        var dashboard = (Dashboard) mvc.perform(get("/dashboard").param("year", "2026").with(as("tm1")))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("dashboard");
        return dashboard.rows().stream().filter(r -> r.indicator().key().equals(key)).findFirst().orElseThrow()
                .indicator().rag();
    }

    private long targets() {
        Long n = jdbc.queryForObject("select count(*) from benchmark_target", Long.class);
        return n == null ? 0 : n;
    }

    @Test
    @DisplayName("the page lists every measure of the year's catalogue with its description, figure and target")
    void everyMeasureOfTheYear() throws Exception {
        var catalogue = MeasureCatalogue.withLocalMeasures(2026);
        var page = (ListPage<?>) mvc.perform(get("/targets").param("year", "2026").with(as("perf1")))
                .andExpect(status().isOk()).andExpect(view().name("benchmarks/targets"))
                .andExpect(content().string(containsString("Collection year 2025-26")))
                .andReturn().getModelAndView().getModel().get("rows");
        var everyPage = new StringBuilder();
        for (int p = 1; p <= page.pages(); p++) {
            everyPage.append(mvc.perform(get("/targets").param("year", "2026").param("page", String.valueOf(p))
                    .with(as("perf1"))).andReturn().getResponse().getContentAsString());
        }
        assertThat(everyPage).contains(catalogue.find("reviews.on_time_pct").orElseThrow().description());
        assertThat(page.total()).isEqualTo(catalogue.keys().size());
        var first = (TargetsController.Row) page.items().get(0);
        // at 31 March 2026 Amira and Jack are in care (TestCouncil)
        assertThat(first.key()).isEqualTo("cla.at_31_march");
        assertThat(first.figure()).isEqualTo("2");
        assertThat(first.target()).isEmpty();
        assertThat(first.status()).isEqualTo(RagStatus.NO_TARGET);
    }

    @Test
    @DisplayName("the measures are paged 50 at a time, sortable by name, and the CSV holds every one")
    void pagedSortedAndDownloadable() throws Exception {
        var catalogue = MeasureCatalogue.withLocalMeasures(2026);
        var labels = catalogue.measures().stream().map(m -> org.ourpromise.measures.MeasureFormat.label(m).toLowerCase(java.util.Locale.ROOT)).sorted().toList();
        var page = (ListPage<?>) mvc.perform(get("/targets").param("year", "2026").param("sort", "measure")
                .param("page", "2").with(as("perf1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Showing 51 to " + Math.min(100, labels.size()) + " of "
                        + labels.size() + " measures")))
                .andExpect(content().string(containsString("aria-sort=\"ascending\"")))
                .andReturn().getModelAndView().getModel().get("rows");
        assertThat(((TargetsController.Row) page.items().get(0)).label().toLowerCase(java.util.Locale.ROOT))
                .isEqualTo(labels.get(50));
        var csv = mvc.perform(get("/targets.csv").param("year", "2026").with(as("perf1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.split("\r\n")).hasSize(labels.size() + 1);
        mvc.perform(get("/targets.csv").with(as("sw1"))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("a maintained target sets the dashboard's status: amber within the band, red beyond, green on target")
    void aTargetChangesTheDashboardStatus() throws Exception {
        String key = "cla.at_31_march"; // 2 children at 31 March 2026
        assertThat(dashboardStatus(key)).isEqualTo(RagStatus.NO_TARGET);
        long audited = auditCount("perf1", "EDIT_TARGET");

        mvc.perform(set(key, "2026", "3", "higher", "1")).andExpect(redirectedUrl("/targets?year=2026"))
                .andExpect(flash().attribute("success", containsString("is now 3 or more, amber within 1")));
        assertThat(dashboardStatus(key)).isEqualTo(RagStatus.AMBER); // 1 short, band 1

        mvc.perform(set(key, "2026", "3", "higher", "")).andExpect(status().is3xxRedirection());
        assertThat(dashboardStatus(key)).isEqualTo(RagStatus.RED); // 1 short, no band

        mvc.perform(set(key, "2026", "2", "higher", "")).andExpect(status().is3xxRedirection());
        assertThat(dashboardStatus(key)).isEqualTo(RagStatus.GREEN); // exactly on target

        mvc.perform(set(key, "2026", "1", "lower", "1")).andExpect(status().is3xxRedirection());
        assertThat(dashboardStatus(key)).isEqualTo(RagStatus.AMBER); // 1 over a maximum of 1, band 1

        assertThat(auditCount("perf1", "EDIT_TARGET")).isEqualTo(audited + 4);
        var last = jdbc.queryForObject("select detail from audit_event where action = 'EDIT_TARGET' order by audit_id desc "
                + "limit 1", String.class);
        assertThat(last).isEqualTo("target for Children looked after at 31 March in 2025-26 set to 1 or less, amber within 1 (was 2 or more, "
                + "no amber band)");
        mvc.perform(get("/targets").param("year", "2026").with(as("perf1")))
                .andExpect(content().string(containsString("Amber: within tolerance of the target")));

        mvc.perform(post("/targets/" + key + "/remove").param("confirmed", "yes").param("year", "2026").param("version", version(key, "2026")).with(as("perf1")).with(csrf()))
                .andExpect(redirectedUrl("/targets?year=2026"));
        assertThat(dashboardStatus(key)).isEqualTo(RagStatus.NO_TARGET);
        assertThat(targets()).isZero();
        assertThat(auditCount("perf1", "EDIT_TARGET")).isEqualTo(audited + 5);
        mvc.perform(post("/targets/" + key + "/remove").param("confirmed", "yes").param("year", "2026").param("version", version(key, "2026")).with(as("perf1")).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("a local measure from the record takes a target like any other, and the dashboard's record figures follow it")
    void aLocalMeasureTakesATarget() throws Exception {
        String key = "local.visits_on_time_pct";
        assertThat(recordStatus(key)).isEqualTo(RagStatus.NO_TARGET);
        mvc.perform(set(key, "2026", "95", "higher", "5")).andExpect(redirectedUrl("/targets?year=2026"));
        assertThat(recordStatus(key)).isIn(RagStatus.GREEN, RagStatus.AMBER, RagStatus.RED, RagStatus.NO_VALUE);
        assertThat(recordStatus(key)).isNotEqualTo(RagStatus.NO_TARGET);
        // measures with a target sort first
        mvc.perform(get("/targets").param("year", "2026").param("sort", "target").with(as("perf1")))
                .andExpect(content().string(containsString("/targets/" + key)));
    }

    private RagStatus recordStatus(String key) throws Exception {
        var section = (org.ourpromise.reports.RecordSection) mvc.perform(get("/dashboard").param("year", "2026")
                .with(as("tm1"))).andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("fromTheRecord");
        return section.figures().stream().filter(f -> f.indicator().key().equals(key)).findFirst().orElseThrow()
                .indicator().rag();
    }

    @Test
    @DisplayName("a bad form is shown again with a GOV.UK error summary, what was typed kept, and nothing saved or audited")
    void validationChangesNothing() throws Exception {
        long audited = auditCount("perf1", "EDIT_TARGET");
        mvc.perform(set("stability.long_term_pct", "1999", "lots", "", "-1"))
                .andExpect(status().isOk()).andExpect(view().name("benchmarks/target"))
                .andExpect(model().attribute("errors", hasKey("year")))
                .andExpect(model().attribute("errors", hasKey("target")))
                .andExpect(model().attribute("errors", hasKey("direction")))
                .andExpect(model().attribute("errors", hasKey("tolerance")))
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#target\"")))
                .andExpect(content().string(containsString("The target must be a number, for example 70 or 12.5")))
                .andExpect(content().string(containsString("value=\"lots\"")));
        mvc.perform(set("stability.long_term_pct", "2026", "101", "higher", ""))
                .andExpect(model().attribute("errors", hasKey("target")))
                .andExpect(content().string(containsString("The target is a percentage: enter 100 or less")));
        mvc.perform(set("no.such.measure", "2026", "5", "higher", ""))
                .andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("measure")))
                .andExpect(content().string(containsString("There is no measure no.such.measure in the catalogue for 2025-26")));
        assertThat(targets()).isZero();
        assertThat(auditCount("perf1", "EDIT_TARGET")).isEqualTo(audited);
        mvc.perform(get("/targets/no.such.measure").with(as("perf1"))).andExpect(status().isNotFound());
        mvc.perform(get("/targets").param("year", "nineteen").with(as("perf1"))).andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasKey("year")));
    }

    @Test
    @DisplayName("only the performance team may see or change targets; without a CSRF token nothing is saved")
    void otherRolesAreRefused() throws Exception {
        for (var user : List.of("sw1", "tm1", "iro1", "pa1", "board1", "admin1")) {
            mvc.perform(get("/targets").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/targets/cla.at_31_march").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/targets/cla.at_31_march").param("year", "2026").param("target", "1")
                    .param("direction", "higher").with(as(user)).with(csrf())).andExpect(status().isForbidden());
        }
        mvc.perform(post("/targets/cla.at_31_march").param("year", "2026").param("target", "1")
                .param("direction", "higher").with(as("perf1"))).andExpect(status().isForbidden());
        assertThat(targets()).isZero();
        assertThat(auditCount("tm1", "ACCESS_DENIED")).isPositive();
        mvc.perform(get("/targets").with(as("perf1"))).andExpect(status().isOk());
        // the navigation offers the page to those who may use it only
        mvc.perform(get("/").with(as("perf1"))).andExpect(content().string(containsString("href=\"/targets\"")));
        mvc.perform(get("/").with(as("tm1"))).andExpect(content().string(org.hamcrest.Matchers.not(
                containsString("href=\"/targets\""))));
    }

    @Test
    @DisplayName("the form shows the figure, the target now, and the comparators with their sources")
    void theFormShowsTheContext() throws Exception {
        mvc.perform(set("stability.long_term_pct", "2026", "70", "higher", "5")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/targets/stability.long_term_pct").param("year", "2026").with(as("perf1")))
                .andExpect(status().isOk())
                .andExpect(model().attribute("form", new TargetForm("2026", "70", "higher", "5")))
                .andExpect(content().string(containsString("70% or more, amber within 5 percentage points")))
                .andExpect(content().string(containsString("England (31 March 2024): 68%")))
                .andExpect(content().string(containsString("Source: DfE, Stability measures for children looked after")))
                .andExpect(content().string(containsString("Remove this target")));
    }
}
