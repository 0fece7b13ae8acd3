package org.ourpromise.care;

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
import org.ourpromise.casefile.RecordingFormTestSupport;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.ChildRecords;
import org.ourpromise.returns.Ssda903Derivation;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.Ssda903Table;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A child's time in care recorded as it happens: coming into care, a new legal status, leaving, coming back; after
 * each, the return is derived from the record and its episode rows are the ones DfE expects.
 */
class PeriodOfCareFormsTests extends RecordingFormTestSupport {

    /** The collection year April 2026 to March 2027, in which every date below falls. */
    private static final int YEAR = org.ourpromise.returns.Ssda903Dates.collectionYearOf(LocalDate.of(2026, 6, 3));

    private void add(String id, LocalDate born, CareEpisode... episodes) {
        if (records.load(id).isEmpty()) {
            records.addAll(List.of(ChildRecords.child(id, "Test", "Child " + id, born, "F").episode(episodes)
                    .allocation(new Allocation(Allocation.Role.SOCIAL_WORKER, "SW009", "T9", LocalDate.of(2026, 1, 1),
                            null, null)).build()));
        }
    }

    private static MockHttpServletRequestBuilder form(String id, String form, String d, String m, String y) {
        return date(post("/children/" + id + "/record/" + form), "date", d, m, y).with(csrf());
    }

    private List<Ssda903Row> episodeRows(String id) {
        ChildRecord child = records.load(id).orElseThrow();
        return Ssda903Derivation.derive(List.of(child), YEAR, 0).rows(Ssda903Table.EPISODES);
    }

    @Test
    void comingIntoCareChangingLegalStatusLeavingAndComingBackGiveTheReturnsRows() throws Exception {
        add("C9201", LocalDate.of(2014, 5, 20));
        mvc.perform(get("/children/C9201/record/period-start").with(as(separateSocialWorker()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Interim care order")));
        mvc.perform(form("C9201", "period-start", "3", "6", "2026").param("legalStatus", "C1").param("need", "N1")
                .param("placement", "U1").param("provider", "PR1").param("homePostcode", "le1 1aa")
                .param("postcode", "LE2 2BB").with(as(separateSocialWorker()))).andExpect(saved());
        var rows = episodeRows("C9201");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("DECOM")).isEqualTo("03/06/2026");
        assertThat(rows.get(0).get("RNE")).isEqualTo("S");
        assertThat(rows.get(0).get("LS")).isEqualTo("C1");
        assertThat(rows.get(0).get("DEC")).isEmpty();

        mvc.perform(form("C9201", "legal-status", "10", "8", "2026").param("legalStatus", "C2").with(as(separateSocialWorker())))
                .andExpect(saved());
        rows = episodeRows("C9201");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("DEC")).isEqualTo("10/08/2026");
        assertThat(rows.get(0).get("REC")).isEqualTo("X1");
        assertThat(rows.get(1).get("DECOM")).isEqualTo("10/08/2026");
        assertThat(rows.get(1).get("RNE")).isEqualTo("L");
        assertThat(rows.get(1).get("LS")).isEqualTo("C2");
        assertThat(rows.get(1).get("PLACE")).isEqualTo("U1");

        mvc.perform(form("C9201", "period-end", "1", "9", "2026").param("reason", "E4A").with(as(separateSocialWorker())))
                .andExpect(saved());
        rows = episodeRows("C9201");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get("DEC")).isEqualTo("01/09/2026");
        assertThat(rows.get(1).get("REC")).isEqualTo("E4A");

        var back = mvc.perform(form("C9201", "period-start", "1", "10", "2026").param("legalStatus", "V2")
                .param("need", "N1").param("placement", "U1").param("provider", "PR1").with(as(separateSocialWorker())))
                .andExpect(saved()).andReturn();
        String said = back.getResponse().getStatus() == 302 ? (String) back.getFlashMap().get("success")
                : (String) back.getModelAndView().getModel().get("summary");
        assertThat(said).contains("Came back into care on 01/10/2026");
        rows = episodeRows("C9201");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2).get("DECOM")).isEqualTo("01/10/2026");
        assertThat(rows.get(2).get("RNE")).isEqualTo("S");
        assertThat(rows.get(2).get("LS")).isEqualTo("V2");
        assertThat(auditCount("sw9", "RECORD_EVENT")).isPositive();
    }

    @Test
    void impossibleFactsAreRefusedAndNothingChanges() throws Exception {
        add("C9202", LocalDate.of(2012, 2, 29), new CareEpisode(LocalDate.of(2026, 6, 1), "S", "C2", "N1", "U1", "PR1",
                null, null, null, null, null, null));
        var before = records.load("C9202").orElseThrow().episodes();
        // a period of care ending before its episode began, with a reason not in the year's list
        mvc.perform(form("C9202", "period-end", "31", "5", "2026").param("reason", "ZZ").with(as(separateSocialWorker())))
                .andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasKey("date")))
                .andExpect(model().attribute("errors", hasKey("reason")))
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("cannot end before its current episode began")));
        // X1 is not a reason for leaving care
        mvc.perform(form("C9202", "period-end", "2", "6", "2026").param("reason", "X1").with(as(separateSocialWorker())))
                .andExpect(status().isOk()).andExpect(model().attribute("errors", hasKey("reason")));
        // already in care
        mvc.perform(form("C9202", "period-start", "2", "6", "2026").param("legalStatus", "C2").param("need", "N1")
                .param("placement", "U1").param("provider", "PR1").with(as(separateSocialWorker())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("already in care")));
        // the same legal status again, on the day the episode began
        mvc.perform(form("C9202", "legal-status", "1", "6", "2026").param("legalStatus", "C2").with(as(separateSocialWorker())))
                .andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasKey("date")))
                .andExpect(model().attribute("errors", hasKey("legalStatus")));
        assertThat(records.load("C9202").orElseThrow().episodes()).isEqualTo(before);
    }

    @Test
    void turning18IsNoReasonSoAnyOtherReasonIsRefusedFromThe18thBirthday() throws Exception {
        // born 29 February 2008: 18 on 1 March 2026, as the measures count birthdays
        add("C9203", LocalDate.of(2008, 2, 29), new CareEpisode(LocalDate.of(2025, 6, 1), "S", "V2", "N1", "U1",
                "PR1", null, null, null, null, null, null));
        mvc.perform(form("C9203", "period-end", "1", "3", "2026").param("reason", "E8").with(as(separateSocialWorker())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("There is no reason for turning 18")));
        assertThat(records.load("C9203").orElseThrow().episodes().get(0).ceased()).isNull();
        // the day before, E8 is a true fact and is saved
        mvc.perform(form("C9203", "period-end", "28", "2", "2026").param("reason", "E8").with(as(separateSocialWorker())))
                .andExpect(saved());
        assertThat(records.load("C9203").orElseThrow().episodes().get(0).reasonCeased()).isEqualTo("E8");
    }
}
