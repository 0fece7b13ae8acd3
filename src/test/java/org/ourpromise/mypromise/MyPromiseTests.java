package org.ourpromise.mypromise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.staff.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

/**
 * My Promise through MockMvc, in its own database: joining from an invitation (and every way a code can be wrong),
 * the young person's pages showing only themselves, messages and views reaching the worker's list and the answer
 * coming back, and every /me address refusing staff.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:mypromise-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "promise.clock.fixed=2026-11-22", "promise.demo.enabled=false", "promise.my-promise.answer-within-working-days=3"})
@AutoConfigureMockMvc
class MyPromiseTests {

    static final List<String> PAGES = List.of("/me", "/me/workers", "/me/plan", "/me/review", "/me/entitlements",
            "/me/complaints", "/me/who-viewed", "/me/views", "/me/tell", "/me/records", "/me/you-said-we-did");
    private static final Pattern CODE = Pattern.compile("[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}");
    private static final String GOOD_PASSWORD = "purple-tiger-bus-lamp";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CareRecords records;
    @Autowired
    UserAccounts users;
    @Autowired
    StaffDirectory staff;
    @Autowired
    AskedForRecords requests;

    @Autowired
    org.ourpromise.recordsrequests.RecordsRequests register;

    @BeforeEach
    void council() {
        MyPromiseCouncil.load(records, users, staff);
    }

    private RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String invite(String childId) throws Exception {
        String html = mvc.perform(post("/children/" + childId + "/my-promise").with(as("me-sw")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var m = CODE.matcher(html);
        assertThat(m.find()).as("the page shows the code once").isTrue();
        return m.group();
    }

    private String join(String code, String username, String password) throws Exception {
        return mvc.perform(post("/me/join").param("code", code).param("username", username).param("password", password)
                .param("confirm", password).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    @Test
    void aWorkerInvitesAYoungPersonWhoJoinsOnceWithTheirOwnPassword() throws Exception {
        String code = invite(MyPromiseCouncil.KAI);
        assertThat(jdbc.queryForObject("select count(*) from my_promise_invitation where code_hash = ?", Long.class,
                Invitations.hash(code.replace("-", "")))).as("only the hash is kept").isEqualTo(1);
        assertThat(jdbc.queryForList("select code_hash from my_promise_invitation", String.class)).doesNotContain(code);

        String joined = join(code.toLowerCase().replace("-", " "), "kai.t", GOOD_PASSWORD);
        assertThat(joined).contains("You are ready").contains("kai.t");
        assertThat(users.childOf("kai.t")).isEqualTo(MyPromiseCouncil.KAI);

        long accounts = count("app_user");
        String again = join(code, "kai.again", GOOD_PASSWORD);
        assertThat(again).contains("Error: Start using My Promise").contains("That code has been used already");
        assertThat(count("app_user")).isEqualTo(accounts);
    }

    @Test
    void aCodeTooOldWrongOrWithABadPasswordChangesNothing() throws Exception {
        String code = invite(MyPromiseCouncil.KAI);
        long accounts = count("app_user");
        assertThat(join("ZZZZZ-ZZZZZ", "kai.x", GOOD_PASSWORD)).contains("That code does not work");
        assertThat(join(code, "kai.x", "password1234")).contains("too easy to guess");
        assertThat(join(code, "Kai X", GOOD_PASSWORD)).contains("not spaces");
        assertThat(join(code, "me-sw", GOOD_PASSWORD)).contains("Someone has that sign-in name already");
        assertThat(join("", "kai.x", GOOD_PASSWORD)).contains("Type the code your worker gave you");
        jdbc.update("update my_promise_invitation set expires_at = ? where code_hash = ?",
                java.sql.Timestamp.valueOf(java.time.LocalDateTime.of(2020, 1, 1, 0, 0)),
                Invitations.hash(code.replace("-", "")));
        assertThat(join(code, "kai.x", GOOD_PASSWORD)).contains("That code is too old");
        assertThat(count("app_user")).isEqualTo(accounts);
        assertThat(jdbc.queryForObject("select count(*) from my_promise_invitation where used_at is not null"
                + " and code_hash = ?", Long.class, Invitations.hash(code.replace("-", "")))).isZero();
    }

    @Test
    void aNewCodeStopsTheOldOneAndAChildUnderElevenIsNotInvited() throws Exception {
        String first = invite(MyPromiseCouncil.KAI);
        invite(MyPromiseCouncil.KAI);
        assertThat(join(first, "kai.y", GOOD_PASSWORD)).contains("That code is too old");
        String html = mvc.perform(post("/children/" + MyPromiseCouncil.LILY + "/my-promise").with(as("me-sw"))
                .with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("My Promise is for children in care aged 11 and over");
        assertThat(jdbc.queryForObject("select count(*) from my_promise_invitation where child_id = ?", Long.class,
                MyPromiseCouncil.LILY)).isZero();
    }

    @Test
    void aYoungPersonsPagesShowOnlyThemAndTheirOwnWorkers() throws Exception {
        // someone else looks at Mia's file, so "who looked" has a stranger to leave unnamed
        mvc.perform(get("/children/" + MyPromiseCouncil.MIA).with(as("perf1"))).andExpect(status().isOk());
        mvc.perform(get("/children/" + MyPromiseCouncil.MIA).with(as("me-sw"))).andExpect(status().isOk());
        var others = List.of("Noah", "Quillfeather", "Kai", "Lily", "Testwood", "Amira", "Khan", "Jack", "Leah",
                MyPromiseCouncil.NOAH, MyPromiseCouncil.KAI, "C1001", "C1002", "C1003", "Pip Performance",
                "Pia Adams", "Sam Social Worker", "Tom Marsh", "MESW1", "MEIRO1");
        for (var path : PAGES) {
            String html = page(path, "me-yp1");
            assertThat(html).as(path).contains("Mia");
            for (var other : others) {
                assertThat(html).as(path + " shows " + other).doesNotContain(other);
            }
        }
        assertThat(page("/me/workers", "me-yp1")).contains("Sara Webb").contains("Ivan Reed")
                .contains("mesw1@example.gov.uk");
        assertThat(page("/me/who-viewed", "me-yp1")).contains("Sara Webb").contains("Performance officer");
        assertThat(page("/me/plan", "me-yp1")).contains("Your care plan").contains("20 May 2026");
        assertThat(page("/me/workers", "me-yp2")).contains("Pia Adams").doesNotContain("Sara Webb");
        assertThat(page("/me/plan", "me-yp2")).contains("Your pathway plan");
    }

    @Test
    void everyPageIsAudited() throws Exception {
        long before = jdbc.queryForObject("select count(*) from audit_event where username = 'me-yp1'"
                + " and action = 'VIEW_RECORD' and child_id = ?", Long.class, MyPromiseCouncil.MIA);
        for (var path : PAGES) {
            page(path, "me-yp1");
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where username = 'me-yp1'"
                + " and action = 'VIEW_RECORD' and child_id = ?", Long.class, MyPromiseCouncil.MIA))
                .isEqualTo(before + PAGES.size());
    }

    @Test
    void staffAndSignedOutPeopleAreRefusedEveryYoungPersonsPage() throws Exception {
        for (var path : PAGES) {
            for (var staffUser : List.of("me-sw", "me-tm", "me-iro", "perf1", "admin1", "board1")) {
                mvc.perform(get(path).with(as(staffUser))).andExpect(status().isForbidden());
            }
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
        }
        for (var path : List.of("/me/views", "/me/tell", "/me/records")) {
            mvc.perform(post(path).param("body", "x").param("to", "SOCIAL_WORKER").with(as("me-sw")).with(csrf()))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void aYoungPersonIsRefusedStaffPagesAndOtherYoungPeoplesMessages() throws Exception {
        long id = send("me-yp1", "SOCIAL_WORKER", "Mia's own private worry", false);
        for (MockHttpServletRequestBuilder req : List.of(get("/children/" + MyPromiseCouncil.MIA),
                get("/children/" + MyPromiseCouncil.MIA + "/my-promise"), get("/my-promise/messages/" + id),
                post("/my-promise/messages/" + id).param("answer", "x").param("version", "0"),
                get("/worklist"), get("/children"), get("/admin/audit"))) {
            mvc.perform(req.with(as("me-yp1")).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(page("/me/tell", "me-yp2")).doesNotContain("Mia's own private worry");
        assertThat(page("/me", "me-yp2")).doesNotContain("Mia");
        // a worker who is not Mia's may not open her message either
        mvc.perform(get("/my-promise/messages/" + id).with(as("pa1"))).andExpect(status().isForbidden());
    }

    private long send(String who, String to, String body, boolean urgent) throws Exception {
        var req = post("/me/tell").param("to", to).param("body", body).with(as(who)).with(csrf());
        if (urgent) {
            req.param("urgent", "yes");
        }
        mvc.perform(req).andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("select max(message_id) from my_promise_message", Long.class);
    }

    @Test
    void aWorryWaitsOnTheWorkersListUntilAnsweredAndTheAnswerComesBack() throws Exception {
        long id = send("me-yp1", "SOCIAL_WORKER", "Can I see my brother more often?", false);
        // sent on Sunday 22 November 2026; three working days later is Wednesday 25 November
        assertThat(jdbc.queryForObject("select answer_due from my_promise_message where message_id = ?",
                LocalDate.class, id)).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(page("/worklist", "me-sw")).contains("Answer a message from My Promise")
                .contains("/my-promise/messages/" + id);
        assertThat(page("/me/tell", "me-yp1")).contains("Waiting for an answer").contains("25 November 2026");

        mvc.perform(post("/my-promise/messages/" + id).param("answer", "Yes, we will add a visit each month.")
                .param("version", "0").with(as("me-sw")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(page("/me/tell", "me-yp1")).contains("Yes, we will add a visit each month.");
        assertThat(page("/worklist", "me-sw")).doesNotContain("/my-promise/messages/" + id + "\"");

        // a second answer from a page opened before the first was sent changes nothing
        String stale = mvc.perform(post("/my-promise/messages/" + id).param("answer", "Something else")
                .param("version", "0").with(as("me-tm")).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("Someone else saved this");
        assertThat(jdbc.queryForObject("select answer from my_promise_message where message_id = ?", String.class, id))
                .isEqualTo("Yes, we will add a visit each month.");
    }

    @Test
    void anUrgentWorryIsOnTheManagersListTheSameDay() throws Exception {
        long id = send("me-yp1", "SOCIAL_WORKER", "I do not feel safe at home tonight", true);
        assertThat(page("/worklist", "me-tm")).contains("Urgent worry sent to the social worker")
                .contains("/my-promise/messages/" + id);
        assertThat(page("/worklist", "me-sw")).contains("Urgent worry from My Promise: answer today");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where username = 'me-yp1'"
                + " and action = 'RECORD_EVENT' and detail like '%urgent%'", Long.class)).isPositive();
    }

    @Test
    void aWorryWithNoWorkerOrTooLongIsRefusedWithAMessageForTheYoungPerson() throws Exception {
        long before = count("my_promise_message");
        String none = mvc.perform(post("/me/tell").param("body", "hello").with(as("me-yp1")).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(none).contains("Error: Tell someone").contains("Choose who you want to send this to");
        // Mia has no personal adviser: the choice is not hers to make
        String notHers = mvc.perform(post("/me/tell").param("to", "PERSONAL_ADVISER").param("body", "hello")
                .with(as("me-yp1")).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(notHers).contains("Choose who you want to send this to");
        String tooLong = mvc.perform(post("/me/tell").param("to", "SOCIAL_WORKER").param("body", "a".repeat(2001))
                .with(as("me-yp1")).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(tooLong).contains("You have written 2001 letters and spaces").contains("2000 or fewer");
        String empty = mvc.perform(post("/me/tell").param("to", "SOCIAL_WORKER").param("body", " ")
                .with(as("me-yp1")).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("Write what you want to tell them");
        assertThat(count("my_promise_message")).isEqualTo(before);
    }

    @Test
    void viewsBeforeTheReviewReachTheIroAndShowOnTheReviewPage() throws Exception {
        long before = count("my_promise_views");
        String bad = mvc.perform(post("/me/views").param("goingWell", "x".repeat(2001)).with(as("me-yp1"))
                .with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("Error: Before my review").contains("Please make it shorter")
                .contains("Choose how you would like your review to happen");
        assertThat(count("my_promise_views")).isEqualTo(before);

        mvc.perform(post("/me/views").param("goingWell", "School is good").param("wantToChange", "More time with Nan")
                .param("whoThere", "My carer").param("heldHow", "VIDEO_CALL").param("chairPart", "yes")
                .with(as("me-yp1")).with(csrf())).andExpect(status().is3xxRedirection());
        long id = jdbc.queryForObject("select max(views_id) from my_promise_views", Long.class);
        assertThat(jdbc.queryForObject("select iro_worker_id from my_promise_views where views_id = ?", String.class,
                id)).isEqualTo("MEIRO1");
        assertThat(page("/worklist", "me-iro")).contains("Read the views sent from My Promise before the review");
        assertThat(page("/my-promise/views/" + id, "me-iro")).contains("More time with Nan")
                .contains("they want to chair part of it");
        assertThat(page("/me/review", "me-yp1")).contains("School is good").contains("On a video call")
                .contains("Not yet");

        mvc.perform(post("/my-promise/views/" + id).param("version", "0").with(as("me-iro")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/worklist", "me-iro")).doesNotContain("/my-promise/views/" + id + "\"");
        assertThat(page("/children/" + MyPromiseCouncil.MIA + "/my-promise", "me-sw")).contains("read");
    }

    @Test
    void viewsSentBeforeAReviewShowOnThatReviewsPage() throws Exception {
        jdbc.update("insert into my_promise_views (child_id, review_due, going_well, held_how, chair_part,"
                + " iro_worker_id, sent_at) values (?,?,?,?,?,?,?)", MyPromiseCouncil.MIA, LocalDate.of(2026, 6, 1),
                "I like my new school a lot", "IN_PERSON", true, "MEIRO1",
                java.sql.Timestamp.valueOf(java.time.LocalDateTime.of(2026, 5, 25, 18, 0)));
        // sent between the reviews of 1 May 2023 and 1 June 2026: on the second, not the first
        assertThat(page("/iro/reviews/" + MyPromiseCouncil.MIA + "/2026-06-01", "me-iro"))
                .contains("What the young person told their IRO before this review")
                .contains("I like my new school a lot").contains("they want to chair part of it");
        assertThat(page("/iro/reviews/" + MyPromiseCouncil.MIA + "/2023-05-01", "me-iro"))
                .doesNotContain("I like my new school a lot");
    }

    @Test
    void aRequestForRecordsIsKeptForTheRegister() throws Exception {
        long before = requests.all(MyPromiseCouncil.NOAH).size();
        long logged = register.forChild(MyPromiseCouncil.NOAH).size();
        String bad = mvc.perform(post("/me/records").param("what", "").with(as("me-yp2")).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("Tell us what you would like to see").contains("Choose how you would like to get");
        assertThat(requests.all(MyPromiseCouncil.NOAH)).hasSize((int) before);
        mvc.perform(post("/me/records").param("what", "Everything from when I was little").param("how", "MEET")
                .with(as("me-yp2")).with(csrf())).andExpect(status().is3xxRedirection());
        var mine = requests.all(MyPromiseCouncil.NOAH);
        assertThat(mine).hasSize((int) before + 1);
        assertThat(mine.get(0).what()).isEqualTo("Everything from when I was little");
        assertThat(requests.all(MyPromiseCouncil.MIA)).noneMatch(r -> r.childId().equals(MyPromiseCouncil.NOAH));
        // and it is in the council's register, its month counted from today
        var inRegister = register.forChild(MyPromiseCouncil.NOAH);
        assertThat(inRegister).hasSize((int) logged + 1);
        assertThat(inRegister).anySatisfy(r -> assertThat(r.requesterKind())
                .isEqualTo(org.ourpromise.recordsrequests.RecordsRequest.RequesterKind.YOUNG_PERSON));
    }
}
