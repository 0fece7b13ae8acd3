package org.ourpromise.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.ourpromise.measures.HealthServiceMeasureCatalogue;

/**
 * The health figures read in a councillor's words: outside the return's own pages, no page names the return's
 * health table ("OC2") except behind "How this is counted", where DfE's definition is kept.
 */
// its own database: the pages it opens are the shared test council's, but the reports cache by day
@org.springframework.test.context.TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:return-terms-tests-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class ReturnTermsTests extends WebTestSupport {

    private static final Map<String, List<String>> PAGES = Map.of(
            "tm1", List.of("/dashboard", "/dashboard/oc2.health_assessment_pct", "/dashboard/oc2.teeth_check_pct"),
            "perf1", List.of("/", "/board-pack", "/reports/annual", "/targets", "/targets/oc2.health_assessment_pct",
                    "/targets/oc2.immunisations_pct"),
            "board1", List.of("/", "/board-pack"),
            "nurse1", List.of("/", "/health", "/health/waits", "/health/figures/" + HealthServiceMeasureCatalogue.GP),
            "sw1", List.of("/children/" + TestCouncil.AMIRA));

    /** The text a reader sees before opening "How this is counted". */
    static String outsideHowCounted(String html) {
        return SweepPages.visibleText(html.replaceAll("(?is)<details\\b.*?</details>", " ")
                .replaceAll("(?is)<span[^>]*>\\s*How this is counted:.*?</span>", " "));
    }

    @Test
    void noPageOutsideTheReturnsOwnNamesTheReturnsHealthTable() throws Exception {
        var problems = new ArrayList<String>();
        for (var entry : PAGES.entrySet()) {
            for (var page : entry.getValue()) {
                var response = mvc.perform(get(page).with(as(entry.getKey()))).andReturn().getResponse();
                assertThat(response.getStatus()).as("%s as %s", page, entry.getKey()).isEqualTo(200);
                var text = outsideHowCounted(response.getContentAsString());
                var m = java.util.regex.Pattern.compile("OC2").matcher(text);
                while (m.find()) {
                    problems.add(page + " (" + entry.getKey() + "): …" + text.substring(Math.max(0, m.start() - 60),
                            Math.min(text.length(), m.end() + 40)) + "…");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theHealthFiguresTitlesAreInPlainWords() throws Exception {
        var html = mvc.perform(get("/dashboard").with(as("tm1"))).andReturn().getResponse().getContentAsString();
        assertThat(SweepPages.visibleText(html))
                .contains("Children looked after for at least 12 months at 31 March who had their yearly health assessment");
        assertThat(outsideHowCounted("<p>Ours</p><details><summary>How this is counted</summary>the OC2 cohort</details>"
                + "<span class=\"small\">How this is counted: OC2 rows</span>")).doesNotContain("OC2").contains("Ours");
    }
}
