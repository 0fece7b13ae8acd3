package org.ourpromise.allocations;

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
import org.ourpromise.TestCouncil;
import org.ourpromise.access.Role;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.casefile.RecordingFormTestSupport;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Correcting and withdrawing an allocation: never two workers in a role on a day; kept, audited (0125). */
// its own database: it adds children the shared test council's other classes count
@org.springframework.test.context.TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:allocation-correction-tests-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class AllocationCorrectionTests extends RecordingFormTestSupport {

    private static final String CHILD = "REC2-A1";
    private static final String PATH = "/children/" + CHILD + "/record/allocation-correction";

    @Autowired
    private UserAccounts users;

    /** A manager of a team of this test's own, so no other test's team sees this child. */
    private String manager() {
        if (!users.exists("rec2tm")) {
            jdbc.update("insert into team (team_id, name) values ('REC2T', 'Record two team')");
            users.addUser("rec2tm", "Tara Separate", TestCouncil.PASSWORD, Role.TEAM_MANAGER, "REC2T", null);
        }
        return "rec2tm";
    }

    private long id(String worker) {
        if (records.load(CHILD).isEmpty()) {
            records.addAll(List.of(ChildRecords.child(CHILD, "Test", "Allocated", LocalDate.of(2012, 1, 1), "M")
                    .episode(new CareEpisode(LocalDate.of(2026, 6, 1), "S", "C2", "N1", "U1", "PR1", null, null, null,
                            null, null, null))
                    .allocation(new Allocation(Allocation.Role.SOCIAL_WORKER, "SW019", "REC2T", LocalDate.of(2026, 6, 1),
                            LocalDate.of(2026, 9, 1), null),
                            new Allocation(Allocation.Role.SOCIAL_WORKER, "SW009", "REC2T", LocalDate.of(2026, 9, 1),
                            null, null),
                            new Allocation(Allocation.Role.PERSONAL_ADVISER, "PA19", "REC2T", LocalDate.of(2026, 10, 1),
                            null, null))
                    .build()));
        }
        return jdbc.queryForObject("select allocation_id from allocation where child_id = ? and worker_id = ?",
                Long.class, CHILD, worker);
    }

    private MockHttpServletRequestBuilder correction(long id, int version, String from, String to) {
        var b = date(post(PATH), "date", from, "6", "2026");
        if (!to.isEmpty()) {
            b = date(b, "end", to, "9", "2026");
        }
        return b.param("event", String.valueOf(id)).param("version", String.valueOf(version))
                .param("reason", "dates taken from the wrong letter").with(as(manager())).with(csrf());
    }

    private List<Allocation> socialWorkers() {
        return records.load(CHILD).orElseThrow().allocations().stream()
                .filter(a -> a.role() == Allocation.Role.SOCIAL_WORKER).toList();
    }

    @Test
    void anAllocationsDatesAreCorrectedWithoutTwoWorkersInARoleOnADay() throws Exception {
        long first = id("SW019");
        mvc.perform(get(PATH).with(as(manager()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the allocation recorded wrongly")));
        // a social worker may record events, not correct allocations
        mvc.perform(get(PATH).with(as(separateSocialWorker()))).andExpect(status().isForbidden());
        // ending after the next social worker began: two on a day, refused
        mvc.perform(correction(first, 0, "1", "2")).andExpect(model().attribute("errors", hasKey("date")));
        // ending on or before its first day: refused
        mvc.perform(date(correction(first, 0, "1", ""), "end", "1", "6", "2026"))
                .andExpect(model().attribute("errors", hasKey("end")));
        assertThat(socialWorkers().get(0).to()).isEqualTo(LocalDate.of(2026, 9, 1));

        // the next one's first day is the hand-over day: allowed; so is a first day moved
        mvc.perform(correction(first, 0, "2", "1")).andExpect(saved());
        assertThat(socialWorkers().get(0).from()).isEqualTo(LocalDate.of(2026, 6, 2));
        mvc.perform(get("/children/" + CHILD + "/chronology").with(as(manager())))
                .andExpect(content().string(containsString("Allocation corrected")))
                .andExpect(content().string(containsString("from 01/06/2026 to 01/09/2026. Now: social worker")));
        // stale
        mvc.perform(correction(first, 0, "3", "1"))
                .andExpect(content().string(containsString("What is saved now, and what you entered")));
        assertThat(socialWorkers().get(0).from()).isEqualTo(LocalDate.of(2026, 6, 2));
    }

    @Test
    void anAllocationMadeInErrorIsWithdrawn() throws Exception {
        long adviser = id("PA19");
        mvc.perform(post(PATH).param("event", String.valueOf(adviser)).param("version", "0").param("withdraw", "yes").param("confirmed", "yes")
                .param("reason", "allocated to the wrong child").with(as(manager())).with(csrf())).andExpect(saved());
        assertThat(records.load(CHILD).orElseThrow().allocations()).extracting(Allocation::workerId)
                .doesNotContain("PA19");
    }
}
