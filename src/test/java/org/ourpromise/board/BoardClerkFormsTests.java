package org.ourpromise.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

/** Issue 15: the clerk keeps the board's business in Promise: meetings, agenda and papers, minutes, members, plan. */
// its own database: it adds records the shared test council's other classes count
@org.springframework.test.context.TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:board-clerk-forms-tests-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class BoardClerkFormsTests extends WebTestSupport {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    private BoardBook book;

    private long meeting;
    private LocalDate held;

    /** A meeting on a date no other test uses (meetings are one per date), a week after the last one. */
    @BeforeEach
    void aMeeting() {
        held = book.meetings().stream().map(Meeting::heldOn).max(LocalDate::compareTo)
                .orElse(TestCouncil.TODAY).plusDays(7);
        meeting = book.addMeeting(held, Meeting.Venue.VIRTUAL);
    }

    @Test
    void arrangingAMeetingStartsItsAgendaAndSaysSoFromTheServer() throws Exception {
        var on = held.plusDays(3);
        var result = mvc.perform(post("/board/meetings/new").with(as("perf1")).with(csrf())
                        .param("held-day", "" + on.getDayOfMonth()).param("held-month", "" + on.getMonthValue())
                        .param("held-year", "" + on.getYear()).param("venue", "IN_PERSON"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("success")).andReturn();
        var created = book.meetings().stream().filter(m -> m.heldOn().equals(on)).findFirst().orElseThrow();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/board/meetings/" + created.id());
        assertThat(book.items(created.id())).extracting(AgendaItem::title)
                .containsExactly("Minutes of the last meeting and matters arising", "Performance report");
    }

    @Test
    void aMeetingWithoutADateOrOnADateTakenIsExplainedAndNothingIsAdded() throws Exception {
        int before = book.meetings().size();
        var html = mvc.perform(post("/board/meetings/new").with(as("perf1")).with(csrf()).param("held-day", "31")
                        .param("held-month", "2").param("held-year", "2027"))
                .andExpect(status().isOk()).andExpect(view().name("board/meeting-new"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<title>Error: ", "must be a real date", "Choose whether the meeting is in person");
        mvc.perform(post("/board/meetings/new").with(as("perf1")).with(csrf()).param("held-day", "" + held.getDayOfMonth())
                        .param("held-month", "" + held.getMonthValue()).param("held-year", "" + held.getYear())
                        .param("venue", "VIRTUAL"))
                .andExpect(status().isOk()).andExpect(view().name("board/meeting-new"));
        assertThat(book.meetings()).hasSize(before);
    }

    @Test
    void socialWorkersCannotArrangeMeetings() throws Exception {
        mvc.perform(post("/board/meetings/new").with(as("sw1")).with(csrf()).param("venue", "VIRTUAL"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUploadedPaperIsKeptServedToTheBoardAndEveryDownloadAudited() throws Exception {
        mvc.perform(multipart("/board/meetings/" + meeting + "/new-item")
                        .file(new MockMultipartFile("paper", "C:\\reports\\IRO annual report.pdf", "application/pdf", PDF))
                        .param("title", "IRO annual report").param("paperTitle", "IRO annual report 2025 to 2026")
                        .with(as("perf1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var paper = book.papers(meeting).get(0);
        assertThat(paper.fileName()).isEqualTo("IRO annual report.pdf");
        assertThat(mvc.perform(get("/board/meetings/" + meeting).with(as("board1"))).andReturn().getResponse()
                .getContentAsString()).contains("IRO annual report.pdf", "PDF document");
        long downloads = auditCount("board1", "EXPORT");
        var response = mvc.perform(get("/board/papers/" + paper.id()).with(as("board1"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf")).andReturn().getResponse();
        assertThat(response.getContentAsByteArray()).isEqualTo(PDF);
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(auditCount("board1", "EXPORT")).isEqualTo(downloads + 1);
        mvc.perform(get("/board/papers/" + paper.id()).with(as("sw1"))).andExpect(status().isForbidden());
    }

    @Test
    void aFileThatIsNotADocumentIsRefusedWhateverItsNameAndNothingIsAdded() throws Exception {
        int items = book.items(meeting).size();
        var html = mvc.perform(multipart("/board/meetings/" + meeting + "/new-item")
                        .file(new MockMultipartFile("paper", "minutes.pdf", "application/pdf", "MZ\u0090\u0000".getBytes(
                                StandardCharsets.ISO_8859_1)))
                        .param("title", "Minutes").param("paperTitle", "Minutes").with(as("perf1")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("must be a PDF, Word, Excel or PowerPoint document");
        mvc.perform(post("/board/meetings/" + meeting + "/new-item").with(as("perf1")).with(csrf())
                        .param("title", "Fostering report").param("paperLink", "javascript:alert(1)")
                        .param("paperTitle", "Fostering"))
                .andExpect(status().isOk()).andExpect(view().name("board/item-new"));
        assertThat(book.items(meeting)).hasSize(items);
    }

    @Test
    void minutesAreVersionedAndAStaleSaveShowsWhatChanged() throws Exception {
        long item = book.addItem(meeting, 1, "Fostering annual report", null, null, null, null);
        int opened = book.item(item).orElseThrow().version();
        mvc.perform(post("/board/items/" + item).with(as("perf1")).with(csrf()).param("version", "" + opened)
                        .param("minutes", "The board noted the report.").param("resolution", "That the report be noted."))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("success"));
        var html = mvc.perform(post("/board/items/" + item).with(as("board1")).with(csrf()).param("version", "" + opened)
                        .param("minutes", "Members asked about sufficiency."))
                .andExpect(status().isOk()).andExpect(view().name("board/item"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("What is saved now, and what you entered", "The board noted the report.",
                "Members asked about sufficiency.");
        assertThat(book.item(item).orElseThrow().minutes()).isEqualTo("The board noted the report.");
    }

    @Test
    void anActionIsAllocatedOpenAndCannotFallDueBeforeTheMeeting() throws Exception {
        var before = held.minusDays(1);
        mvc.perform(post("/board/meetings/" + meeting + "/new-action").with(as("perf1")).with(csrf())
                        .param("description", "Report on placement sufficiency").param("owner", "Head of Service")
                        .param("due-day", "" + before.getDayOfMonth()).param("due-month", "" + before.getMonthValue())
                        .param("due-year", "" + before.getYear()))
                .andExpect(status().isOk()).andExpect(view().name("board/action-new"));
        var due = held.plusMonths(2);
        mvc.perform(post("/board/meetings/" + meeting + "/new-action").with(as("perf1")).with(csrf())
                        .param("description", "Report on placement sufficiency").param("owner", "Head of Service")
                        .param("due-day", "" + due.getDayOfMonth()).param("due-month", "" + due.getMonthValue())
                        .param("due-year", "" + due.getYear()))
                .andExpect(status().is3xxRedirection());
        assertThat(book.actions()).filteredOn(a -> a.meetingId() == meeting).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(BoardAction.Status.OPEN))
                .satisfies(a -> assertThat(a.dueOn()).isEqualTo(due));
    }

    @Test
    void attendanceIsRecordedForMembersServingOnTheDay() throws Exception {
        long member = book.addMember("Cllr Attending Member", Member.Role.COUNCILLOR, "The council", held.minusYears(1),
                null);
        mvc.perform(post("/board/meetings/" + meeting + "/attendance").with(as("perf1")).with(csrf())
                        .param("member-" + member, "APOLOGIES"))
                .andExpect(status().is3xxRedirection());
        assertThat(book.attendance(meeting)).containsExactly(new Attendance(meeting, member, Attendance.Presence.APOLOGIES));
        mvc.perform(post("/board/meetings/" + meeting + "/attendance").with(as("perf1")).with(csrf())
                        .param("member-" + member, "ASLEEP"))
                .andExpect(status().isOk()).andExpect(view().name("board/attendance"));
        assertThat(book.attendance(meeting)).extracting(Attendance::presence).containsExactly(Attendance.Presence.APOLOGIES);
    }

    @Test
    void theWorkPlansReportsJoinTheAgendaOnce() throws Exception {
        mvc.perform(post("/board/plan/new").with(as("perf1")).with(csrf()).param("meeting", "" + meeting)
                        .param("theme", "Education").param("report", "Virtual School annual report"))
                .andExpect(status().is3xxRedirection());
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/board/meetings/" + meeting + "/agenda-from-plan").with(as("perf1")).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(book.items(meeting)).extracting(AgendaItem::title)
                .containsOnlyOnce("Education: Virtual School annual report");
    }

    @Test
    void theMinutesOfTheLastMeetingAreRecordedAsAgreedAtThisOne() throws Exception {
        long next = book.addMeeting(held.plusDays(1), Meeting.Venue.IN_PERSON);
        mvc.perform(post("/board/meetings/" + next + "/minutes-agreed").with(as("perf1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(book.minutesAgreedOn(meeting)).contains(held.plusDays(1));
    }

    @Test
    void aMembersTermCannotEndBeforeItStartsAndAChangeIsVersioned() throws Exception {
        Map<String, String> fields = Map.of("name", "Cllr New Member", "role", "COUNCILLOR", "organisation", "The council",
                "start-day", "22", "start-month", "5", "start-year", "2026", "end-day", "21", "end-month", "5",
                "end-year", "2026");
        var request = post("/board/members/new").with(as("perf1")).with(csrf());
        fields.forEach(request::param);
        mvc.perform(request).andExpect(status().isOk()).andExpect(view().name("board/member"));
        assertThat(book.members()).extracting(Member::name).doesNotContain("Cllr New Member");
        long id = book.addMember("Cllr Renamed Member", Member.Role.PARTNER, "Police", LocalDate.of(2026, 5, 22), null);
        int version = book.member(id).orElseThrow().version();
        var change = post("/board/members/" + id).with(as("perf1")).with(csrf()).param("version", "" + version)
                .param("name", "Cllr Renamed Member").param("role", "DEPUTY").param("organisation", "Police")
                .param("start-day", "22").param("start-month", "5").param("start-year", "2026");
        mvc.perform(change).andExpect(status().is3xxRedirection());
        assertThat(book.member(id).orElseThrow().role()).isEqualTo(Member.Role.DEPUTY);
        mvc.perform(change).andExpect(status().isOk()).andExpect(view().name("board/member"));
    }

    @Test
    void theTermsOfReferenceAreChangedWithTheirVersion() throws Exception {
        if (book.terms().isEmpty()) {
            book.addTerms("The board oversees the key indicators.", LocalDate.of(2026, 5, 22), "perf1");
        }
        var terms = book.terms().orElseThrow();
        mvc.perform(post("/board/terms").with(as("board1")).with(csrf()).param("version", "" + terms.version())
                        .param("text", "Aims a to k, revised.").param("agreed-day", "2").param("agreed-month", "6")
                        .param("agreed-year", "2026"))
                .andExpect(status().is3xxRedirection());
        assertThat(book.terms().orElseThrow().text()).isEqualTo("Aims a to k, revised.");
        mvc.perform(post("/board/terms").with(as("board1")).with(csrf()).param("version", "" + terms.version())
                        .param("text", "An older edit.").param("agreed-day", "2").param("agreed-month", "6")
                        .param("agreed-year", "2026"))
                .andExpect(status().isOk()).andExpect(view().name("board/terms"));
        assertThat(book.terms().orElseThrow().text()).isEqualTo("Aims a to k, revised.");
    }

    @Test
    void anOpenActionSitsOnTheWorklistOfTheOfficerItNamesUntilItIsDone() throws Exception {
        long action = book.addAction(meeting, "Report on late reviews to the board", "Tara Team Manager",
                held.plusMonths(1), BoardAction.Status.OPEN, null);
        assertThat(mvc.perform(get("/worklist").with(as("tm1"))).andReturn().getResponse().getContentAsString())
                .contains("Board action: Report on late reviews to the board", "/board/actions/" + action);
        assertThat(mvc.perform(get("/worklist").with(as("sw1"))).andReturn().getResponse().getContentAsString())
                .doesNotContain("Report on late reviews to the board");
        var opened = book.action(action).orElseThrow();
        book.updateAction(action, opened.version(), BoardAction.Status.DONE, opened.dueOn(), "Reported", "perf1");
        assertThat(mvc.perform(get("/worklist").with(as("tm1"))).andReturn().getResponse().getContentAsString())
                .doesNotContain("Report on late reviews to the board");
    }
}
