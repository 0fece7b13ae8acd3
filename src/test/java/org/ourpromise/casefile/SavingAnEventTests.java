package org.ourpromise.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.ourpromise.support.QueryCounting;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What one submission of a recording form costs: the child's record is read once, and the audit log gets one
 * entry for the change (and one view entry only when a page of the child's data is shown after it).
 */
@Import(QueryCounting.class)
class SavingAnEventTests extends WebTestSupport {

    private static MockHttpServletRequestBuilder review(String d, String participation) {
        return post("/children/" + TestCouncil.AMIRA + "/record/review").param("date-day", d).param("date-month", "11")
                .param("date-year", "2026").param("participation", participation);
    }

    /** The council is shared with the other web tests: the reviews saved here are taken out again. */
    @AfterEach
    void removeTheReviewsSaved() {
        jdbc.update("delete from review where child_id = ? and held_on in (date '2026-11-17', date '2026-11-13')",
                TestCouncil.AMIRA);
    }

    private Map<String, Long> auditRows() {
        var rows = new TreeMap<String, Long>();
        jdbc.queryForList("select action, count(*) as n from audit_event group by action")
                .forEach(r -> rows.put((String) r.get("action"), ((Number) r.get("n")).longValue()));
        return rows;
    }

    private Map<String, Long> added(Map<String, Long> before, Map<String, Long> after) {
        var added = new TreeMap<String, Long>();
        after.forEach((action, n) -> {
            long more = n - before.getOrDefault(action, 0L);
            if (more > 0) {
                added.put(action, more);
            }
        });
        return added;
    }

    private record Cost(MvcResult result, long statements, Map<String, Long> audit) {
        boolean pageShown() {
            return result.getResponse().getStatus() == 200;
        }
    }

    private Cost submit(MockHttpServletRequestBuilder request) throws Exception {
        var auditBefore = auditRows();
        long before = QueryCounting.statements();
        var result = mvc.perform(request.with(as("iro1")).with(csrf())).andReturn();
        long statements = QueryCounting.statements() - before;
        var cost = new Cost(result, statements, added(auditBefore, auditRows()));
        System.out.println("[measure] " + result.getResponse().getStatus() + " " + statements + " statements, audit "
                + cost.audit());
        return cost;
    }

    @Test
    void aSavedEventWritesOneAuditEntryForTheChange() throws Exception {
        var cost = submit(review("17", "PN1"));
        assertThat(cost.audit()).containsEntry("RECORD_EVENT", 1L);
        assertThat(cost.audit().getOrDefault("VIEW_RECORD", 0L)).isEqualTo(cost.pageShown() ? 1L : 0L);
        assertThat(cost.audit().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(cost.pageShown() ? 2L : 1L);
    }

    @Test
    void aSavedEventShownWithWhatTheRulesSayWritesOneViewEntryMore() throws Exception {
        // PN0 ("under 4 at the review") for a 14-year-old: DfE rule 440 fails it, so the rules' page is shown
        var cost = submit(review("13", "PN0"));
        assertThat(cost.pageShown()).isTrue();
        assertThat(cost.audit()).isEqualTo(Map.of("RECORD_EVENT", 1L, "VIEW_RECORD", 1L));
    }

    @Test
    void aRefusedFormWritesOneViewEntryAndNoChange() throws Exception {
        var cost = submit(review("31", "PN1"));
        assertThat(cost.pageShown()).isTrue();
        assertThat(cost.audit()).isEqualTo(Map.of("VIEW_RECORD", 1L));
    }
}
