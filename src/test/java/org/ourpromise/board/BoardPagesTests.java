package org.ourpromise.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 15: the board's meetings and action log, for members and the performance team only; versioned updates. */
class BoardPagesTests extends WebTestSupport {

    @Autowired
    private BoardBook book;

    private long meeting;
    private long overdue;

    @BeforeEach
    void aMeetingWithActions() {
        var held = TestCouncil.TODAY.minusMonths(2);
        meeting = book.addMeeting(held, Meeting.Venue.IN_PERSON);
        long chair = book.addMember("Cllr Test Chair", Member.Role.CHAIR, "Test Council", held.minusYears(1), null);
        book.attend(meeting, chair, Attendance.Presence.PRESENT);
        book.addItem(meeting, 1, "Performance pack", "The pack", "/board-pack?quarter=2027-Q1", "Noted the figures.",
                "That the report be noted.");
        // due the day before today: overdue; due today: not yet
        overdue = book.addAction(meeting, "Report on late health assessments", "Head of Service",
                TestCouncil.TODAY.minusDays(1), BoardAction.Status.OPEN, null);
        book.addAction(meeting, "Arrange visits", "Cllr Test Chair", TestCouncil.TODAY, BoardAction.Status.IN_PROGRESS,
                "Under way");
    }

    @ParameterizedTest
    @CsvSource({"board1, 200", "perf1, 200", "sw1, 403", "tm1, 403", "co1, 403", "admin1, 403"})
    void meetingsAndActionsAreForMembersAndThePerformanceTeam(String user, int expected) throws Exception {
        for (var url : List.of("/board/meetings", "/board/actions", "/board/meetings/" + meeting, "/board/plan",
                "/board/members", "/board/actions.csv")) {
            assertThat(mvc.perform(get(url).with(as(user))).andReturn().getResponse().getStatus()).as(url)
                    .isEqualTo(expected);
        }
    }

    @Test
    void theMeetingShowsItsMinutesResolutionsAndActions() throws Exception {
        mvc.perform(get("/board/meetings/" + meeting).with(as("board1"))).andExpect(status().isOk())
                .andExpect(view().name("board/meeting"))
                .andExpect(content().string(containsString("That the report be noted.")))
                .andExpect(content().string(containsString("/board-pack?quarter=2027-Q1")))
                .andExpect(content().string(containsString("Report on late health assessments")));
    }

    @Test
    void anOverdueActionIsMarkedInWordsNotOnlyColour() throws Exception {
        var html = mvc.perform(get("/board/actions").with(as("board1"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        int row = html.indexOf("id=\"action-" + overdue + "\"");
        assertThat(html.substring(row, html.indexOf("</tr>", row))).contains("Overdue");
    }

    @Test
    void anUpdateIsSavedAndAuditedAndAStaleOneIsRefused() throws Exception {
        var action = book.action(overdue).orElseThrow();
        long audited = auditCount("perf1", "EDIT_REPORT");
        mvc.perform(post("/board/actions/" + overdue).with(as("perf1")).with(csrf()).param("status", "DONE")
                        .param("due-day", "21").param("due-month", "11").param("due-year", "2026")
                        .param("update", "Reported in November").param("version", "" + action.version()))
                .andExpect(redirectedUrl("/board/actions#action-" + overdue));
        assertThat(book.action(overdue).orElseThrow().status()).isEqualTo(BoardAction.Status.DONE);
        assertThat(auditCount("perf1", "EDIT_REPORT")).isEqualTo(audited + 1);
        // the same form again, with the version it was opened at
        mvc.perform(post("/board/actions/" + overdue).with(as("board1")).with(csrf()).param("status", "OPEN")
                        .param("due-day", "21").param("due-month", "11").param("due-year", "2026")
                        .param("version", "" + action.version()))
                .andExpect(status().isOk()).andExpect(model().attributeExists("errors"))
                .andExpect(content().string(containsString("Error: Update a board action")))
                .andExpect(content().string(containsString("Someone else saved this after you opened it")));
        assertThat(book.action(overdue).orElseThrow().status()).isEqualTo(BoardAction.Status.DONE);
    }

    @Test
    void aStaleUpdateShowsWhatChangedKeepsTheEntryAndSavingAgainAppliesIt() throws Exception {
        mvc.perform(get("/board/actions/" + overdue).with(as("board1"))).andExpect(status().isOk());
        var opened = book.action(overdue).orElseThrow();
        // someone else saves behind the page's back
        assertThat(book.updateAction(overdue, opened.version(), BoardAction.Status.IN_PROGRESS, opened.dueOn(),
                "Chased by the clerk", "perf1")).isTrue();
        int now = book.action(overdue).orElseThrow().version();
        var html = mvc.perform(post("/board/actions/" + overdue).with(as("board1")).with(csrf()).param("status", "DONE")
                        .param("due-day", "" + opened.dueOn().getDayOfMonth())
                        .param("due-month", "" + opened.dueOn().getMonthValue())
                        .param("due-year", "" + opened.dueOn().getYear())
                        .param("update", "Report received").param("version", "" + opened.version()))
                .andExpect(status().isOk()).andExpect(view().name("board/action"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("What is saved now, and what you entered", "Chased by the clerk", "Report received",
                "In progress", "name=\"version\" value=\"" + now + "\"");
        assertThat(book.action(overdue).orElseThrow().latestUpdate()).isEqualTo("Chased by the clerk");
        mvc.perform(post("/board/actions/" + overdue).with(as("board1")).with(csrf()).param("status", "DONE")
                        .param("due-day", "" + opened.dueOn().getDayOfMonth())
                        .param("due-month", "" + opened.dueOn().getMonthValue())
                        .param("due-year", "" + opened.dueOn().getYear())
                        .param("update", "Report received").param("version", "" + now))
                .andExpect(redirectedUrl("/board/actions#action-" + overdue));
        var saved = book.action(overdue).orElseThrow();
        assertThat(saved.status()).isEqualTo(BoardAction.Status.DONE);
        assertThat(saved.latestUpdate()).isEqualTo("Report received");
    }

    @ParameterizedTest
    @CsvSource({"31, 2, 2027, DONE, due", "29, 2, 2028, NOPE, status", "'', 3, 2027, OPEN, due"})
    void badInputIsExplainedAndChangesNothing(String day, String month, String year, String status, String field)
            throws Exception {
        var before = book.action(overdue).orElseThrow();
        @SuppressWarnings("unchecked")
        var errors = (java.util.Map<String, String>) mvc.perform(post("/board/actions/" + overdue).with(as("perf1")).with(csrf())
                        .param("status", status).param("due-day", day).param("due-month", month).param("due-year", year)
                        .param("version", "" + before.version()))
                .andExpect(status().isOk()).andExpect(view().name("board/action"))
                .andReturn().getModelAndView().getModel().get("errors");
        assertThat(errors).containsOnlyKeys(field);
        assertThat(book.action(overdue).orElseThrow()).isEqualTo(before);
    }

    @Test
    void theActionLogsCsvHasTheRowsThePageShowsInItsOrder() throws Exception {
        String csv = mvc.perform(get("/board/actions.csv?sort=due&order=desc").with(as("board1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("Action,Meeting,Description,Owner,Due,Status,Overdue,Latest update");
        var open = book.actions().stream().filter(a -> !a.status().closed()).toList();
        assertThat(lines).hasSize(open.size() + 1);
        var latest = open.stream().map(BoardAction::dueOn).max(java.util.Comparator.naturalOrder()).orElseThrow();
        assertThat(lines[1]).contains("," + latest + ",");
        assertThat(csv).doesNotContain(",Done,");
        String page = mvc.perform(get("/board/actions?sort=owner").with(as("board1"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("/board/actions.csv?sort=owner&amp;order=asc");
    }
}
