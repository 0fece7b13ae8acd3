package org.ourpromise.writtentoyou;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourpromise.WebTestSupport;
import org.ourpromise.access.Role;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Visits, plans and reviews written to the child, with the child's own words: saved with the form, shown on the
 * record and in the chronology as written to the child. On a database of its own, so its child changes no one
 * else's counts.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:sar-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class WrittenToYouPagesTests extends WebTestSupport {

    /** In care since 4 January 2025, allocated to sar.sw. */
    static final String CHILD = "SAR-WTY-1";

    @Autowired
    CareRecords records;
    @Autowired
    UserAccounts users;
    @Autowired
    WrittenToYou written;

    @BeforeEach
    void child() {
        if (records.existing(List.of(CHILD)).isEmpty()) {
            users.addTeam("SAR-T", "Sar test team");
            users.addUser("sar.sw", "Sara Worker", "test-password-1", Role.SOCIAL_WORKER, "SAR-T", "SAR-SW");
            var start = LocalDate.of(2025, 1, 4);
            records.addAll(List.of(ChildRecords.child(CHILD, "Tia", "Words", LocalDate.of(2013, 5, 6), "F")
                    .episode(new CareEpisode(start, "S", "C2", "N1", "U4", "PR1", null, null, null, null, null, null))
                    .allocation(new Allocation(Allocation.Role.SOCIAL_WORKER, "SAR-SW", "SAR-T", start, null, null))
                    .build()));
        }
    }

    @Test
    void aVisitWrittenToTheChildIsSavedShownAndReplacesTheDetailInTheChronologyAsWritten() throws Exception {
        mvc.perform(post("/children/" + CHILD + "/record/visit").with(as("sar.sw")).with(csrf())
                .param("date-day", "3").param("date-month", "11").param("date-year", "2026").param("seenAlone", "yes")
                .param("writtenToYou", "We met at your home. You showed me your new bike.")
                .param("wishesAndFeelings", "I want to stay here till I'm 18"))
                .andExpect(status().is3xxRedirection());
        var entry = written.find(CHILD, WrittenToYou.About.VISIT, LocalDate.of(2026, 11, 3), null).orElseThrow();
        assertThat(entry.words()).isEqualTo(new ChildsWords("We met at your home. You showed me your new bike.",
                "I want to stay here till I'm 18"));
        mvc.perform(get("/children/" + CHILD + "/written-to-you").with(as("sar.sw"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("I want to stay here till I&#39;m 18")));
        long opened = openings();
        mvc.perform(get("/children/" + CHILD + "/chronology/as-written").with(as("sar.sw"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("You showed me your new bike.")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Seen alone"))));
        mvc.perform(get("/children/" + CHILD + "/chronology").with(as("sar.sw"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Seen alone")));
        assertThat(openings()).isEqualTo(opened + 1);
    }

    private long openings() {
        return jdbc.queryForObject("select count(*) from audit_event where child_id = ? and detail = ?", Long.class,
                CHILD, "opened the chronology as written to the child");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theChronologyAsWrittenSortsByEventShowsItsTotalAndDownloadsWhole() throws Exception {
        String at = "/children/" + CHILD + "/chronology/as-written";
        var model = mvc.perform(get(at + "?sort=event&order=asc").with(as("sar.sw"))).andExpect(status().isOk())
                .andReturn().getModelAndView().getModel();
        var page = (org.ourpromise.lists.ListPage<WrittenToYouController.AsWritten>) model.get("entries");
        assertThat(page.total()).isPositive();
        assertThat(page.sort()).isEqualTo("event");
        assertThat(page.items()).extracting(a -> a.entry().title()).isSorted();
        assertThat(model.get("csvLink")).isEqualTo(at + ".csv?sort=event&order=asc");
        var csv = mvc.perform(get(at + ".csv?sort=event&order=asc").with(as("sar.sw"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        var lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("Date,Event,Written to the child,Details");
        assertThat(lines).hasSize(page.total() + 1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where child_id = ? and action = 'EXPORT'"
                + " and detail like 'downloaded the chronology as written%'", Long.class, CHILD)).isEqualTo(1);
    }

    @Test
    void aPlanWrittenToTheChildIsFoundByItsKind() throws Exception {
        mvc.perform(post("/children/" + CHILD + "/record/plan").with(as("sar.sw")).with(csrf())
                .param("kind", "CARE_PLAN").param("date-day", "1").param("date-month", "10").param("date-year", "2026")
                .param("writtenToYou", "Your plan says you will stay with Sue and go to Hill School."))
                .andExpect(status().is3xxRedirection());
        assertThat(written.of(CHILD, WrittenToYou.About.PLAN)).singleElement().satisfies(e -> {
            assertThat(e.planKind()).isEqualTo("CARE_PLAN");
            assertThat(e.words().wishesAndFeelings()).isNull();
        });
    }

    @Test
    void wordsOverTheLimitAreRefusedAndNothingIsSaved() throws Exception {
        mvc.perform(post("/children/" + CHILD + "/record/review").with(as("sar.sw")).with(csrf())
                .param("date-day", "2").param("date-month", "9").param("date-year", "2026").param("participation", "PN1")
                .param("wishesAndFeelings", "x".repeat(ChildsWords.LIMIT + 1)))
                .andExpect(status().isOk()).andExpect(model().attribute("errors", Matchers.hasEntry("wishesAndFeelings",
                        "Write the child's wishes and feelings in 4000 characters or fewer (you wrote 4001)")));
        assertThat(written.of(CHILD, WrittenToYou.About.REVIEW)).isEmpty();
        assertThat(records.load(CHILD).orElseThrow().reviews()).isEmpty();
    }

    @Test
    void anotherTeamsWorkerCannotOpenTheChildsWords() throws Exception {
        mvc.perform(get("/children/" + CHILD + "/written-to-you").with(as("sw1"))).andExpect(status().isForbidden());
    }
}
