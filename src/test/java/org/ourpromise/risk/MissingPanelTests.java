package org.ourpromise.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.ourpromise.cluster.DataVersion;
import org.ourpromise.record.MissingEpisode;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Missing panel reviews for children missing repeatedly (3 episodes in 90 days, the setting's default), worked by
 * hand: the window is the 90 days ending on the day (25 August to 22 November 2026), so a first episode 89 days
 * before still counts and one 90 days before does not; a review on the window's first day covers it, one the day
 * before does not.
 */
class MissingPanelTests extends WebTestSupport {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    @Autowired
    private DataVersion dataVersion;

    private static List<MissingEpisode> episodes(LocalDate... starts) {
        return java.util.Arrays.stream(starts).map(d -> new MissingEpisode("M", d, d.plusDays(1), null, null, false))
                .toList();
    }

    @ParameterizedTest(name = "first episode {0} days before the day: repeat {1}")
    @CsvSource({"89, true", "90, false", "91, false"})
    void theFirstEpisodeCountsUpTo89DaysBefore(int daysBefore, boolean repeat) {
        var history = episodes(DAY.minusDays(daysBefore), DAY.minusDays(30), DAY);
        assertThat(new RepeatMissing(3, 90).meets(history, DAY)).isEqualTo(repeat);
    }

    @ParameterizedTest(name = "last review {0}: due {1}")
    @CsvSource(nullValues = "none", value = {"none, true", "2026-08-25, false", "2026-08-24, true", "2026-11-22, false"})
    void aReviewInTheWindowMeansNoneIsDue(@Nullable LocalDate review, boolean due) {
        var history = episodes(LocalDate.of(2026, 8, 25), LocalDate.of(2026, 10, 1), DAY);
        assertThat(new RepeatMissing(3, 90).windowStart(DAY)).isEqualTo(LocalDate.of(2026, 8, 25));
        assertThat(new RepeatMissing(3, 90).panelDue(history, review, DAY)).isEqualTo(due);
    }

    /** A leap year: the 90 days ending 29 May 2024 begin on 1 March 2024 (29 February is the 91st day). */
    @Test
    void theWindowCountsTwentyNinthFebruaryAsADay() {
        var day = LocalDate.of(2024, 5, 29);
        assertThat(new RepeatMissing(3, 90).windowStart(day)).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(new RepeatMissing(3, 90).meets(episodes(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 4, 1), day),
                day)).isFalse();
    }

    @Test
    void aChildMissingRepeatedlyIsOnTheManagersWorklistUntilTheReviewIsRecorded() throws Exception {
        for (var d : List.of(DAY.minusDays(89), DAY.minusDays(40), DAY.minusDays(2))) {
            jdbc.update("insert into missing_episode (child_id, missing_type, started, ended) values (?,?,?,?)",
                    TestCouncil.AMIRA, "M", d, d.plusDays(1));
        }
        dataVersion.recordChanged(TestCouncil.AMIRA);
        try {
            mvc.perform(get("/worklist").with(as("tm1"))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Missing panel review: missing 3 times in 90 days")));
            mvc.perform(get("/risk/children/" + TestCouncil.AMIRA).with(as("tm1"))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("a review is due")));
            mvc.perform(post("/risk/children/" + TestCouncil.AMIRA + "/missing-panel").param("reviewedOn-day", "21")
                    .param("reviewedOn-month", "11").param("reviewedOn-year", "2026").with(as("tm1")).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            mvc.perform(get("/worklist").with(as("tm1"))).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("Missing panel review: missing"))));
            // the social worker has no access to the risk pages, so the item is not theirs
            mvc.perform(get("/worklist").with(as("sw1"))).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("Missing panel review: missing"))));
        } finally {
            jdbc.update("delete from missing_episode where child_id = ? and started >= ?", TestCouncil.AMIRA,
                    DAY.minusDays(89));
            jdbc.update("delete from missing_panel_review where child_id = ?", TestCouncil.AMIRA);
            dataVersion.recordChanged(TestCouncil.AMIRA);
        }
    }
}
