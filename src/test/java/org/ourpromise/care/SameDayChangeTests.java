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
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ourpromise.casefile.RecordingFormTestSupport;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecords;
import org.ourpromise.returns.ReferenceData;
import org.ourpromise.returns.ReturnValidator;
import org.ourpromise.returns.Ssda903Derivation;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.Ssda903Table;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A legal status and a placement that change on the same day (decision 0126): one new episode, RNE B when the carer
 * changes and U when the carer stays, never two episodes (one would start and end on the same day). Each example is
 * worked by hand from the 903 guide's table of RNE codes: B = legal status, placement and carer change; U = legal
 * status and placement change, same carer; the episode that ends carries X1 and the reason for the placement change.
 */
// its own database: it adds children the shared test council's other classes count
@org.springframework.test.context.TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:same-day-change-tests-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class SameDayChangeTests extends RecordingFormTestSupport {

    /** The collection year April 2026 to March 2027, in which every date below falls. */
    private static final int YEAR = org.ourpromise.returns.Ssda903Dates.collectionYearOf(LocalDate.of(2026, 6, 3));

    /** In care from 3 June 2026 on an interim care order (C1), with a foster carer (U1) of the council's (PR1). */
    private void add(String id) {
        if (records.load(id).isEmpty()) {
            records.addAll(List.of(ChildRecords.child(id, "Test", "Child " + id, LocalDate.of(2014, 5, 20), "F")
                    .episode(new CareEpisode(LocalDate.of(2026, 6, 3), "S", "C1", "N1", "U1", "PR1", null, null, null,
                            "LE1 1AA", "LE2 2BB", null))
                    .allocation(new Allocation(Allocation.Role.SOCIAL_WORKER, "SW009", "T9", LocalDate.of(2026, 6, 3),
                            null, null)).build()));
        }
    }

    private MockHttpServletRequestBuilder move(String id, String day) {
        return date(post("/children/" + id + "/record/placement-change"), "date", day, "9", "2026")
                .with(as(separateSocialWorker())).with(csrf());
    }

    private List<Ssda903Row> rows(String id) {
        return Ssda903Derivation.derive(List.of(records.load(id).orElseThrow()), YEAR, 0).rows(Ssda903Table.EPISODES);
    }

    /** The rules about the reason for a new episode that fail for the child's derived return. */
    private List<String> rneRulesFailing(String id) {
        var report = ReturnValidator.validate(Ssda903Derivation.derive(List.of(records.load(id).orElseThrow()), YEAR, 0),
                Optional.empty(), YEAR, ReferenceData.none());
        return report.failures().stream().map(f -> f.rule())
                .filter(r -> List.of("143", "357", "431", "432", "433", "434", "435", "436").contains(r)).toList();
    }

    @Test
    void aCareOrderAndAMoveToANewCarerTheSameDayIsOneEpisodeWithReasonB() throws Exception {
        add("REC2-S1");
        mvc.perform(get("/children/REC2-S1/record/placement-change").with(as(separateSocialWorker())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("New legal status, if it changed the same day")));
        // the final care order (C2) made on 1 September, the day she moved to a long-term foster carer (U4)
        mvc.perform(move("REC2-S1", "1").param("placement", "U4").param("provider", "PR1").param("reason", "CARPL")
                .param("postcode", "LE3 8RA").param("legalStatus", "C2")).andExpect(saved());
        var rows = rows("REC2-S1");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("RNE")).isEqualTo("S");
        assertThat(rows.get(0).get("LS")).isEqualTo("C1");
        assertThat(rows.get(0).get("PLACE")).isEqualTo("U1");
        assertThat(rows.get(0).get("DEC")).isEqualTo("01/09/2026");
        assertThat(rows.get(0).get("REC")).isEqualTo("X1");
        assertThat(rows.get(0).get("REASON_PLACE_CHANGE")).isEqualTo("CARPL");
        assertThat(rows.get(1).get("DECOM")).isEqualTo("01/09/2026");
        assertThat(rows.get(1).get("RNE")).isEqualTo("B");
        assertThat(rows.get(1).get("LS")).isEqualTo("C2");
        assertThat(rows.get(1).get("PLACE")).isEqualTo("U4");
        assertThat(rows.get(1).get("DEC")).isEmpty();
        assertThat(rneRulesFailing("REC2-S1")).isEmpty();
    }

    @Test
    void aCareOrderTheDayTheFosterCarerMovesHouseIsOneEpisodeWithReasonU() throws Exception {
        add("REC2-S2");
        // the same foster carer (U1, PR1) moved house on 2 September, the day the care order (C2) was made
        mvc.perform(move("REC2-S2", "2").param("placement", "U1").param("provider", "PR1").param("reason", "CARPL")
                .param("postcode", "LE4 4DD").param("sameCarer", "yes").param("legalStatus", "C2")).andExpect(saved());
        var rows = rows("REC2-S2");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("DEC")).isEqualTo("02/09/2026");
        assertThat(rows.get(0).get("REC")).isEqualTo("X1");
        assertThat(rows.get(1).get("DECOM")).isEqualTo("02/09/2026");
        assertThat(rows.get(1).get("RNE")).isEqualTo("U");
        assertThat(rows.get(1).get("LS")).isEqualTo("C2");
        assertThat(rows.get(1).get("PL_POST")).isEqualTo("LE4 4DD");
        assertThat(rneRulesFailing("REC2-S2")).isEmpty();
    }

    @Test
    void withoutANewLegalStatusTheMoveIsStillPOrTAndTheSameStatusIsRefused() throws Exception {
        add("REC2-S3");
        // the legal status she has already: refused, nothing changed
        mvc.perform(move("REC2-S3", "3").param("placement", "U4").param("provider", "PR1").param("reason", "CARPL")
                .param("legalStatus", "C1")).andExpect(status().isOk())
                .andExpect(model().attribute("errors", hasKey("legalStatus")));
        assertThat(rows("REC2-S3")).hasSize(1);
        // the same carer, no change of legal status: T, and the legal status carried over
        mvc.perform(move("REC2-S3", "3").param("placement", "U1").param("provider", "PR1").param("reason", "CARPL")
                .param("postcode", "LE5 5EE").param("sameCarer", "yes")).andExpect(saved());
        var rows = rows("REC2-S3");
        assertThat(rows.get(1).get("RNE")).isEqualTo("T");
        assertThat(rows.get(1).get("LS")).isEqualTo("C1");
        // a change of legal status on the day of that move cannot be a second episode: told to correct the move
        mvc.perform(move("REC2-S3", "3").param("placement", "U4").param("provider", "PR1").param("reason", "CARPL")
                .param("legalStatus", "C2")).andExpect(status().isOk())
                .andExpect(content().string(containsString("If the legal status changed that day too")));
        assertThat(rows("REC2-S3")).hasSize(2);
    }
}
