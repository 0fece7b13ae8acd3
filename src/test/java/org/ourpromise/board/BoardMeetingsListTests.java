package org.ourpromise.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourpromise.WebTestSupport;
import org.ourpromise.lists.ListPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The meetings held (issue 16), on a database of their own: 53 held a week apart from Monday 4 January 2021 (the
 * last on 3 January 2022), every third one (the 1st, 4th, ... 52nd: 18 of them) online, the rest in person; and
 * one still to come, which is not in the list. Today is 22 November 2026.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:boardlists-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class BoardMeetingsListTests extends WebTestSupport {

    private static final LocalDate FIRST = LocalDate.of(2021, 1, 4);

    @Autowired
    private BoardBook book;

    @BeforeEach
    void meetings() {
        if (book.meetings().isEmpty()) {
            for (int i = 0; i < 53; i++) {
                book.addMeeting(FIRST.plusWeeks(i), i % 3 == 0 ? Meeting.Venue.VIRTUAL : Meeting.Venue.IN_PERSON);
            }
            book.addMeeting(LocalDate.of(2026, 12, 10), Meeting.Venue.IN_PERSON);
        }
    }

    private ListPage<?> list(String url) throws Exception {
        return (ListPage<?>) mvc.perform(get(url).with(as("board1"))).andExpect(status().isOk()).andReturn()
                .getModelAndView().getModel().get("list");
    }

    private static LocalDate held(ListPage<?> list, int row) {
        return ((Meeting) list.items().get(row)).heldOn();
    }

    @Test
    void theMeetingsHeldAreLatestFirstFiftyToAPage() throws Exception {
        var first = list("/board/meetings");
        assertThat(first.total()).isEqualTo(53);
        assertThat(first.items()).hasSize(50);
        assertThat(first.sort()).isEqualTo("date");
        assertThat(first.descending()).isTrue();
        assertThat(held(first, 0)).isEqualTo(LocalDate.of(2022, 1, 3));
        var second = list("/board/meetings?page=2");
        assertThat(second.items()).extracting(m -> ((Meeting) m).heldOn()).containsExactly(LocalDate.of(2021, 1, 18),
                LocalDate.of(2021, 1, 11), LocalDate.of(2021, 1, 4));
        String html = mvc.perform(get("/board/meetings").with(as("board1"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains("Showing 1 to 50 of 53 meetings held.", "/board/meetings.csv?sort=date&amp;order=desc",
                "/board/meetings?sort=where&amp;order=asc", "/board/meetings?sort=date&amp;order=desc&amp;page=2")
                .doesNotContain("10 December 2026</a></td>");
    }

    @Test
    void theySortByWhereTheyMetBothWays() throws Exception {
        // the 35 in person first, latest first among them (the order they came in); then the 18 online
        var asc = list("/board/meetings?sort=where&order=asc");
        assertThat(((Meeting) asc.items().get(0)).venue()).isEqualTo(Meeting.Venue.IN_PERSON);
        assertThat(held(asc, 0)).isEqualTo(LocalDate.of(2022, 1, 3));
        assertThat(((Meeting) asc.items().get(35)).venue()).isEqualTo(Meeting.Venue.VIRTUAL);
        var ascTwo = list("/board/meetings?sort=where&order=asc&page=2");
        // the last three online: the 7th, 4th and 1st
        assertThat(ascTwo.items()).extracting(m -> ((Meeting) m).heldOn()).containsExactly(LocalDate.of(2021, 2, 15),
                LocalDate.of(2021, 1, 25), LocalDate.of(2021, 1, 4));
        var desc = list("/board/meetings?sort=where&order=desc");
        assertThat(((Meeting) desc.items().get(0)).venue()).isEqualTo(Meeting.Venue.VIRTUAL);
        assertThat(held(desc, 0)).isEqualTo(LocalDate.of(2021, 12, 27));
        assertThat(((Meeting) desc.items().get(18)).venue()).isEqualTo(Meeting.Venue.IN_PERSON);
    }

    @Test
    void aSortOrPageThatIsNotOneIsIgnored() throws Exception {
        var list = list("/board/meetings?sort=nope&order=sideways&page=x");
        assertThat(list.sort()).isEqualTo("date");
        assertThat(list.page()).isEqualTo(1);
        assertThat(list("/board/meetings?page=99").page()).isEqualTo(2);
    }

    @Test
    void theCsvIsTheWholeListInThePagesOrderAuditedAsAnExport() throws Exception {
        long before = auditCount("perf1", "EXPORT");
        String csv = mvc.perform(get("/board/meetings.csv?sort=where&order=desc").with(as("perf1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var lines = csv.split("\r\n");
        assertThat(lines).hasSize(54);
        assertThat(lines[0]).isEqualTo("Date,Where");
        assertThat(lines[1]).isEqualTo("2021-12-27,Virtual (online)");
        assertThat(lines[18]).isEqualTo("2021-01-04,Virtual (online)");
        assertThat(lines[19]).isEqualTo("2022-01-03,In person");
        assertThat(csv).doesNotContain("2026-12-10");
        assertThat(auditCount("perf1", "EXPORT")).isEqualTo(before + 1);
        Map<String, Object> entry = jdbc.queryForMap("select child_id, children_shown, detail from audit_event where "
                + "username = 'perf1' and action = 'EXPORT' order by audit_id desc limit 1");
        assertThat(entry.get("child_id")).isNull();
        assertThat(((Number) entry.get("children_shown")).intValue()).isZero();
        assertThat(entry.get("detail")).isEqualTo("board meetings held CSV: 53 meetings");
    }

    @Test
    void theCsvIsForTheBoardAndThePerformanceTeamOnly() throws Exception {
        mvc.perform(get("/board/meetings.csv").with(as("board1"))).andExpect(status().isOk());
        mvc.perform(get("/board/meetings.csv").with(as("sw1"))).andExpect(status().isForbidden());
        mvc.perform(get("/board/meetings.csv").with(as("part1"))).andExpect(status().isForbidden());
    }
}
