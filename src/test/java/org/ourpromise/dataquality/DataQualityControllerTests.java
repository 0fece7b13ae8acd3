package org.ourpromise.dataquality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Point-of-entry checks (issue: "the rules that concern that child run immediately ... errors do not
 * block saving a true fact; they are listed on the child's record and on a data-quality page").
 */
class DataQualityControllerTests extends WebTestSupport {

    @Autowired
    private DataQuality dataQuality;

    @Test
    void aSuspectButTrueFactIsSavedAndFlaggedOnTheRecordAndTheDataQualityPage() throws Exception {
        // PN0 ("under 4 at the review") for a 14-year-old: DfE rule 440 fails it, but the review happened.
        mvc.perform(post("/children/" + TestCouncil.AMIRA + "/record/review").param("date-day", "10")
                        .param("date-month", "11").param("date-year", "2026").param("participation", "PN0")
                        .with(as("iro1")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("children/saved"))
                .andExpect(content().string(containsString("Review on 10/11/2026")))
                .andExpect(content().string(containsString("How the child took part")))
                .andExpect(content().string(containsString("(DfE rule 440)")));
        mvc.perform(get("/children/" + TestCouncil.AMIRA).with(as("iro1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("before the 2026-27 SSDA903 return")))
                .andExpect(content().string(containsString("Rule 440")))
                .andExpect(content().string(containsString("how the child took part in the review")));
        var summary = dataQuality.today();
        assertThat(summary.rules()).anySatisfy(r -> {
            assertThat(r.rule()).isEqualTo("440");
            assertThat(r.children()).contains(TestCouncil.AMIRA);
        });
        mvc.perform(get("/data-quality").with(as("perf1")))
                .andExpect(status().isOk()).andExpect(view().name("dataquality/summary"))
                .andExpect(content().string(containsString("/data-quality/440")));
        mvc.perform(get("/data-quality/440").with(as("perf1")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Child " + TestCouncil.AMIRA)));
    }

    @Test
    void skippedRulesAreListedWithTheirReason() throws Exception {
        mvc.perform(get("/data-quality").with(as("perf1")))
                .andExpect(content().string(containsString("needs Ofsted provider information")));
    }

    @Test
    void annexAIsASpreadsheetWithBothListsAndTheDownloadIsAudited() throws Exception {
        long before = auditCount("perf1", "EXPORT");
        var response = mvc.perform(get("/returns/annex-a.xlsx").with(as("perf1")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).contains("spreadsheetml");
        byte[] bytes = response.getContentAsByteArray();
        assertThat(new String(bytes, 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");
        var file = java.nio.file.Files.createTempFile("annex-a", ".xlsx");
        java.nio.file.Files.write(file, bytes);
        var names = new java.util.ArrayList<String>();
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            zip.stream().forEach(e -> names.add(e.getName()));
        } finally {
            java.nio.file.Files.delete(file);
        }
        assertThat(names).contains("xl/workbook.xml").anyMatch(n -> n.startsWith("xl/worksheets/sheet"));
        assertThat(auditCount("perf1", "EXPORT")).isEqualTo(before + 1);
        mvc.perform(get("/returns/annex-a.xlsx").with(as("sw1"))).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownRuleIsNotFound() throws Exception {
        mvc.perform(get("/data-quality/NOPE").with(as("perf1"))).andExpect(status().isNotFound());
    }

    @Test
    void aRulesChildrenSortPageAndDownloadWholeAudited() throws Exception {
        var rule = dataQuality.today().rules().stream().filter(r -> r.children().size() > 1).findFirst().orElseThrow();
        var list = (org.ourpromise.lists.ListPage<?>) mvc.perform(get("/data-quality/" + rule.rule()
                        + "?sort=child&order=desc").with(as("perf1")))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("list");
        assertThat(list.sort()).isEqualTo("child");
        assertThat(list.total()).isEqualTo(rule.children().size());
        var expected = rule.children().stream().sorted(java.util.Comparator.reverseOrder()).limit(50).toList();
        assertThat(list.items().stream().map(String::valueOf).toList()).containsExactlyElementsOf(expected);
        String html = mvc.perform(get("/data-quality/" + rule.rule()).with(as("perf1"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains(rule.children().size() + " children to check.")
                .contains("/data-quality/" + rule.rule() + ".csv?sort=child&amp;order=asc");
        long before = auditCount("perf1", "EXPORT");
        var csv = mvc.perform(get("/data-quality/" + rule.rule() + ".csv?sort=child&order=desc").with(as("perf1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("Child ID,Put it right");
        assertThat(lines).hasSize(rule.children().size() + 1);
        assertThat(lines[1]).startsWith(expected.get(0) + ",");
        assertThat(auditCount("perf1", "EXPORT")).isEqualTo(before + 1);
        mvc.perform(get("/data-quality/" + rule.rule() + ".csv").with(as("sw1"))).andExpect(status().isForbidden());
        mvc.perform(get("/data-quality/nope.csv").with(as("perf1"))).andExpect(status().isNotFound());
    }

    @Test
    void theFailuresByRuleDownloadWholeInThePagesOrderAuditedAsAnExport() throws Exception {
        var rules = dataQuality.today().rules();
        assertThat(rules).hasSizeGreaterThan(1);
        String html = mvc.perform(get("/data-quality?sort=rule&order=desc").with(as("perf1"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("/data-quality.csv?sort=rule&amp;order=desc");
        long before = auditCount("perf1", "EXPORT");
        var csv = mvc.perform(get("/data-quality.csv?sort=rule&order=desc").with(as("perf1")))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        var lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("Rule,What DfE checks,What to do,Failures,Children");
        assertThat(lines).hasSize(rules.size() + 1);
        // rule codes Z to A, every rule, not one page
        var expected = rules.stream().map(DataQualitySummary.RuleCount::rule)
                .sorted(java.util.Comparator.reverseOrder()).toList();
        for (int i = 0; i < expected.size(); i++) {
            assertThat(lines[i + 1]).startsWith(expected.get(i) + ",");
        }
        var first = rules.stream().filter(r -> r.rule().equals(expected.get(0))).findFirst().orElseThrow();
        assertThat(lines[1]).endsWith("," + first.failures() + "," + first.children().size());
        assertThat(auditCount("perf1", "EXPORT")).isEqualTo(before + 1);
        mvc.perform(get("/data-quality.csv?sort=nope&order=up").with(as("perf1"))).andExpect(status().isOk());
        mvc.perform(get("/data-quality.csv").with(as("sw1"))).andExpect(status().isForbidden());
        mvc.perform(get("/data-quality.csv").with(as("co1"))).andExpect(status().isForbidden());
    }
}
