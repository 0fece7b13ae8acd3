package org.ourpromise.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourpromise.casefile.RecordingFormTestSupport;
import org.ourpromise.measures.MeasureEngine;
import org.ourpromise.measures.MeasureParameters;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.ChildRecords;
import org.ourpromise.record.HealthEvent;
import org.ourpromise.returns.Ssda903Derivation;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.Ssda903Table;

/**
 * The health form records every fact OC2 reads, refuses impossible ones, and what it records is what the derived
 * return's OC2 rows and the OC2 measures say (year ending 31 March 2026).
 */
// its own database: it adds children the shared test council's other classes count
@org.springframework.test.context.TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:health-facts-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class HealthFactsFormTests extends RecordingFormTestSupport {

    /** 13 in the year; 3 (under 5) in the year; 8 in the year. All looked after since 2020. */
    private static final String TEEN = "HF-1";
    private static final String TODDLER = "HF-2";
    private static final String CHILD = "HF-3";

    @BeforeEach
    void council() {
        if (records.load(TEEN).isEmpty()) {
            records.addAll(List.of(child(TEEN, LocalDate.of(2012, 6, 1)), child(TODDLER, LocalDate.of(2022, 1, 15)),
                    child(CHILD, LocalDate.of(2017, 5, 1)), child("HF-4", LocalDate.of(2016, 1, 1)),
                    // 17 in the year ending March 2026 and in the one ending March 2027: DfE rule 197B in either
                    child("HF-5", LocalDate.of(2008, 6, 1)), child("HF-6", LocalDate.of(2009, 6, 1))));
        }
    }

    private static ChildRecord child(String id, LocalDate dob) {
        LocalDate start = dob.isAfter(LocalDate.of(2020, 1, 1)) ? dob.plusDays(10) : LocalDate.of(2020, 1, 1);
        return ChildRecords.child(id, "Test", "Health " + id, dob, "F")
                .episode(new CareEpisode(start, "C", "C2", "N1", "U1", "PR1", null, null, null, null, null, null))
                .allocation(new Allocation(Allocation.Role.SOCIAL_WORKER, "SW009", "T9", start, null, null)).build();
    }

    private org.springframework.test.web.servlet.ResultActions record(String child, String kind, String d, String m,
            String y, Map<String, String> more) throws Exception {
        var request = date(post("/children/" + child + "/record/health-assessment"), "date", d, m, y).param("kind", kind);
        more.forEach(request::param);
        return mvc.perform(request.with(as(separateSocialWorker())).with(csrf()));
    }

    @Test
    void everyFactOc2ReadsIsRecordedAndFeedsTheDerivedReturnAndItsMeasures() throws Exception {
        record(TEEN, "HEALTH_ASSESSMENT", "1", "10", "2025", Map.of("assessment", "RHA")).andExpect(saved());
        record(TEEN, "DENTAL_CHECK", "1", "11", "2025", Map.of()).andExpect(saved());
        record(TEEN, "IMMUNISATION_STATUS", "1", "12", "2025", Map.of("uptodate", "1")).andExpect(saved());
        record(TEEN, "SDQ_SCORE", "1", "9", "2025", Map.of("score", "15")).andExpect(saved());
        record(TEEN, "SUBSTANCE_MISUSE", "1", "7", "2025", Map.of()).andExpect(saved());
        record(TEEN, "SUBSTANCE_INTERVENTION_REFUSED", "1", "8", "2025", Map.of()).andExpect(saved());
        record(TODDLER, "DEVELOPMENT_CHECK_STATUS", "1", "6", "2025", Map.of("uptodate", "1")).andExpect(saved());
        record(TODDLER, "IMMUNISATION_STATUS", "1", "6", "2025", Map.of("uptodate", "0")).andExpect(saved());
        record(CHILD, "SDQ_NOT_COMPLETED", "10", "10", "2025", Map.of("reason", "SDQ2")).andExpect(saved());

        var all = records.loadAll();
        assertThat(records.load(TEEN).orElseThrow().health()).contains(
                new HealthEvent(HealthEvent.Kind.HEALTH_ASSESSMENT, LocalDate.of(2025, 10, 1), "RHA", false));
        var ret = Ssda903Derivation.derive(all, 2026, 0);
        Map<String, Ssda903Row> oc2 = ret.rows(Ssda903Table.OC2).stream()
                .collect(Collectors.toMap(Ssda903Row::child, r -> r, (a, b) -> b));
        assertThat(List.of("SDQ_SCORE", "HEALTH_ASSESSMENT", "TEETH_CHECK", "IMMUNISATIONS", "SUBSTANCE_MISUSE",
                "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED").stream().map(oc2.get(TEEN)::get).toList())
                .containsExactly("15", "1", "1", "1", "1", "0", "1");
        assertThat(oc2.get(TODDLER).get("HEALTH_CHECK")).isEqualTo("1");
        assertThat(oc2.get(TODDLER).get("IMMUNISATIONS")).isEqualTo("0");
        assertThat(oc2.get(CHILD).get("SDQ_REASON")).isEqualTo("SDQ2");
        assertThat(oc2.get(CHILD).get("SDQ_SCORE")).isEmpty();

        var measures = MeasureEngine.compute(ret, MeasureParameters.forYear(2026));
        Set<String> ours = Set.of(TEEN, TODDLER, CHILD);
        // the measures from the derived return agree with the record read directly
        assertThat(ours(measures.get("oc2.immunisations_pct").numeratorChildren(), ours))
                .isEqualTo(fromRecord(all, ours, HealthEvent.Kind.IMMUNISATION_STATUS));
        assertThat(ours(measures.get("oc2.health_check_pct").numeratorChildren(), ours))
                .isEqualTo(fromRecord(all, ours, HealthEvent.Kind.DEVELOPMENT_CHECK_STATUS)).containsExactly(TODDLER);
        assertThat(ours(measures.get("oc2.sdq_returned_pct").numeratorChildren(), ours)).containsExactly(TEEN);
        assertThat(ours(measures.get("oc2.intervention_offered_pct").numeratorChildren(), ours)).containsExactly(TEEN);
        assertThat(ours(measures.get("oc2.teeth_check_pct").numeratorChildren(), ours)).containsExactly(TEEN);
    }

    private static Set<String> ours(java.util.Collection<String> children, Set<String> ours) {
        return children.stream().filter(ours::contains).collect(Collectors.toSet());
    }

    /** Children whose latest status of this kind on or before 31 March 2026 is up to date. */
    private static Set<String> fromRecord(List<ChildRecord> all, Set<String> ours, HealthEvent.Kind kind) {
        return all.stream().filter(c -> ours.contains(c.childId())).filter(c -> c.health().stream()
                .filter(h -> h.kind() == kind && !h.date().isAfter(LocalDate.of(2026, 3, 31)))
                .reduce((a, b) -> b.date().isBefore(a.date()) ? a : b).map(h -> "1".equals(h.value())).orElse(false))
                .map(ChildRecord::childId).collect(Collectors.toSet());
    }

    @Test
    void theDataQualityPageLinksRules186And197BToTheQuestionnaireOnTheForm() throws Exception {
        mvc.perform(get("/data-quality/186").with(as("perf1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/children/HF-4/record/health-assessment?kind=SDQ_SCORE\"")))
                .andExpect(content().string(containsString("Record the strengths and difficulties score")));
        mvc.perform(get("/data-quality/197B").with(as("perf1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/record/health-assessment?kind=SDQ_NOT_COMPLETED\"")))
                .andExpect(content().string(containsString("Record why no questionnaire was done")));
        mvc.perform(get("/children/HF-4/record/health-assessment").param("kind", "SDQ_SCORE")
                .with(as(separateSocialWorker()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"SDQ_SCORE\" aria-describedby=\"kind-6-hint\" checked=\"checked\"")));
    }

    @Test
    void impossibleFactsAreRefusedWithAnErrorByTheField() throws Exception {
        record(TEEN, "DEVELOPMENT_CHECK_STATUS", "1", "6", "2025", Map.of("uptodate", "1"))
                .andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("date")));
        record(TODDLER, "SDQ_SCORE", "1", "6", "2025", Map.of("score", "12"))
                .andExpect(model().attribute("errors", hasKey("date")));
        record(CHILD, "SDQ_NOT_COMPLETED", "1", "6", "2025", Map.of("reason", "SDQ1"))
                .andExpect(model().attribute("errors", hasKey("reason")));
        record(CHILD, "SDQ_NOT_COMPLETED", "1", "6", "2025", Map.of("reason", "SDQ9"))
                .andExpect(model().attribute("errors", hasKey("reason")));
        record(CHILD, "SUBSTANCE_INTERVENTION_RECEIVED", "1", "6", "2025", Map.of())
                .andExpect(model().attribute("errors", hasKey("kind")));
        record(CHILD, "IMMUNISATION_STATUS", "1", "6", "2025", Map.of())
                .andExpect(model().attribute("errors", hasKey("uptodate")));
        record(CHILD, "HEALTH_ASSESSMENT", "1", "6", "2025", Map.of())
                .andExpect(model().attribute("errors", hasKey("assessment")));
        record(CHILD, "HEALTH_ASSESSMENT", "30", "2", "2025", Map.of("assessment", "RHA"))
                .andExpect(model().attribute("errors", hasKey("date")))
                .andExpect(content().string(containsString("Error: ")));
        assertThat(records.load(CHILD).orElseThrow().health()).isEmpty();
    }

    @Test
    void theReasonsAreShownByMeaningNotCode() throws Exception {
        mvc.perform(get("/children/" + CHILD + "/record/health-assessment").param("kind", "SDQ_NOT_COMPLETED")
                .with(as(separateSocialWorker()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Carer refused")))
                .andExpect(content().string(containsString("Young person refused")))
                .andExpect(content().string(not(containsString(">SDQ2<"))));
    }
}
