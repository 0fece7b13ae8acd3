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
import org.ourpromise.record.ChildRecords;
import org.ourpromise.record.PlanEvent;

/** Correcting and withdrawing a plan, notification or agreement: the checks as recorded, kept, audited (0125). */
// its own database: it adds children the shared test council's other classes count
@org.springframework.test.context.TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:plan-correction-tests-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class PlanCorrectionTests extends RecordingFormTestSupport {

    private static final String CHILD = "REC2-C1";
    private static final String PATH = "/children/" + CHILD + "/record/plan-correction";

    private long id(String kind) {
        if (records.load(CHILD).isEmpty()) {
            records.addAll(List.of(ChildRecords.child(CHILD, "Test", "Planned", LocalDate.of(2012, 1, 1), "F")
                    .episode(new CareEpisode(LocalDate.of(2026, 6, 1), "S", "C2", "N1", "U1", "PR1", null, null, null,
                            null, null, null))
                    .allocation(new Allocation(Allocation.Role.SOCIAL_WORKER, "SW009", "T9", LocalDate.of(2026, 6, 1),
                            null, null))
                    .plan(new PlanEvent(PlanEvent.Kind.CARE_PLAN, LocalDate.of(2026, 6, 5)),
                            new PlanEvent(PlanEvent.Kind.PLACEMENT_NOTIFICATION, LocalDate.of(2026, 6, 2)))
                    .build()));
        }
        return jdbc.queryForObject("select plan_event_id from plan_event where child_id = ? and kind = ?", Long.class,
                CHILD, kind);
    }

    private List<PlanEvent> plans() {
        return records.load(CHILD).orElseThrow().plans();
    }

    @Test
    void aCarePlansDateIsCorrectedOnlyToADayInCare() throws Exception {
        long id = id("CARE_PLAN");
        mvc.perform(get(PATH).with(as(separateSocialWorker()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Care plan written on 05/06/2026")));
        mvc.perform(date(post(PATH), "date", "31", "5", "2026").param("event", String.valueOf(id)).param("version", "0")
                .param("reason", "typed wrongly").with(as(separateSocialWorker())).with(csrf()))
                .andExpect(model().attribute("errors", hasKey("date")));
        mvc.perform(date(post(PATH), "date", "1", "6", "2026").param("event", String.valueOf(id)).param("version", "0")
                .param("reason", "written on the day care began").with(as(separateSocialWorker())).with(csrf()))
                .andExpect(saved());
        assertThat(plans()).contains(new PlanEvent(PlanEvent.Kind.CARE_PLAN, LocalDate.of(2026, 6, 1)));
        mvc.perform(get("/children/" + CHILD + "/chronology").with(as(separateSocialWorker())))
                .andExpect(content().string(containsString("Plan, notification or agreement corrected")))
                .andExpect(content().string(containsString("Before: Care plan written on 05/06/2026")));
    }

    @Test
    void aNotificationThatWasNotSentIsWithdrawn() throws Exception {
        long id = id("PLACEMENT_NOTIFICATION");
        mvc.perform(post(PATH).param("event", String.valueOf(id)).param("version", "0").param("withdraw", "yes").param("confirmed", "yes")
                .param("reason", "not sent").with(as(separateSocialWorker())).with(csrf())).andExpect(saved());
        assertThat(plans()).extracting(PlanEvent::kind).doesNotContain(PlanEvent.Kind.PLACEMENT_NOTIFICATION);
    }
}
