package org.ourpromise.restricted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.ourpromise.access.RecordRestrictions;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.children.ChildRegister;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A record restricted to named people: the named person opens it as before; anyone else in scope is sent to give
 * a reason, everywhere the child's details are shown, and after giving one sees it; the managers are told; out of
 * scope is still refused.
 */
class RestrictedRecordsTests extends WebTestSupport {

    private static final String AMIRA = TestCouncil.AMIRA;
    private static final String BREAK_GLASS = "/children/" + AMIRA + "/restricted";

    @BeforeEach
    void restrictAmiraToHerSocialWorker() throws Exception {
        mvc.perform(post("/children/" + AMIRA + "/restriction").with(as("tm1")).with(csrf())
                .param("named", "sw1").param("reason", "The child is a relative of a member of staff")
                .param("version", "0").param("action", "restrict"))
                .andExpect(redirectedUrl("/children/" + AMIRA + "/restriction"));
    }

    @AfterEach
    void liftEverything() {
        jdbc.update("delete from restricted_alert");
        jdbc.update("delete from restricted_access");
        jdbc.update("delete from restricted_person");
        jdbc.update("delete from restricted_record");
    }

    @Test
    void theNamedPersonOpensTheRecordAsBefore() throws Exception {
        mvc.perform(get("/children/" + AMIRA).with(as("sw1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Amira")))
                .andExpect(content().string(containsString("This record is restricted to named people")));
        assertThat(count("select count(*) from audit_event where username = 'tm1' and action = 'RESTRICT_RECORD'"
                + " and child_id = '" + AMIRA + "' and detail like '%restricted the record to sw1%'")).isPositive();
    }

    @Test
    void anotherWorkerInScopeIsAskedForAReasonOnEveryPageAboutTheChild() throws Exception {
        String refusals = "select count(*) from audit_event where username = 'iro1' and action = 'ACCESS_DENIED'"
                + " and child_id = '" + AMIRA + "' and detail like '%restricted record%'";
        long before = count(refusals);
        for (String page : new String[] {"/children/" + AMIRA, "/children/" + AMIRA + "/chronology",
            "/children/" + AMIRA + "/allocations", "/iro/reviews/" + AMIRA + "/2024-05-28"}) {
            mvc.perform(get(page).with(as("iro1"))).andExpect(redirectedUrl(BREAK_GLASS));
        }
        for (String page : new String[] {"/permanence/children/" + AMIRA, "/education/children/" + AMIRA}) {
            mvc.perform(get(page).with(as("perf1"))).andExpect(redirectedUrl(BREAK_GLASS));
        }
        mvc.perform(get(BREAK_GLASS).with(as("iro1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("This record is restricted")))
                .andExpect(content().string(not(containsString("Amira"))));
        assertThat(count(refusals) - before).isEqualTo(4);
    }

    @Test
    void aBlankReasonIsRefusedAndOpensNothing() throws Exception {
        mvc.perform(post(BREAK_GLASS).with(as("iro1")).with(csrf()).param("reason", "   "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter why you need to open this record")))
                .andExpect(content().string(containsString("There is a problem")));
        assertThat(count("select count(*) from restricted_access")).isZero();
        assertThat(count("select count(*) from restricted_alert")).isZero();
        mvc.perform(get("/children/" + AMIRA).with(as("iro1"))).andExpect(redirectedUrl(BREAK_GLASS));
    }

    @Test
    void aReasonOpensTheRecordAlertsTheManagerAndIsAudited() throws Exception {
        mvc.perform(post(BREAK_GLASS).with(as("iro1")).with(csrf()).param("reason", "Review tomorrow: reading the plan"))
                .andExpect(redirectedUrl("/children/" + AMIRA));
        mvc.perform(get("/children/" + AMIRA).with(as("iro1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Amira")));
        assertThat(count("select count(*) from audit_event where username = 'iro1' and action = 'BREAK_THE_GLASS'"
                + " and child_id = '" + AMIRA + "' and detail like '%Review tomorrow%' and detail like '%alerted: tm1%'"))
                .isEqualTo(1);
        // tm1 restricted it and manages the social worker's team: one notice, on the worklist
        assertThat(count("select count(*) from restricted_alert where manager = 'tm1' and seen_at is null")).isEqualTo(1);
        mvc.perform(get("/worklist").with(as("tm1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Restricted record opened by iro1")));
        mvc.perform(get("/children/" + AMIRA + "/restriction").with(as("tm1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Review tomorrow: reading the plan")));
        assertThat(count("select count(*) from restricted_alert where manager = 'tm1' and seen_at is null")).isZero();
    }

    @Test
    void anOpeningThatHasExpiredNoLongerOpensTheRecord() throws Exception {
        mvc.perform(post(BREAK_GLASS).with(as("iro1")).with(csrf()).param("reason", "Duty call"))
                .andExpect(redirectedUrl("/children/" + AMIRA));
        jdbc.update("update restricted_access set expires_at = granted_at");
        mvc.perform(get("/children/" + AMIRA).with(as("iro1"))).andExpect(redirectedUrl(BREAK_GLASS));
    }

    @Test
    void outOfScopeIsStillRefusedReasonOrNot() throws Exception {
        mvc.perform(get("/children/" + AMIRA).with(as("pa1"))).andExpect(status().isForbidden());
        mvc.perform(get(BREAK_GLASS).with(as("pa1"))).andExpect(status().isForbidden());
        mvc.perform(post(BREAK_GLASS).with(as("pa1")).with(csrf()).param("reason", "Curious"))
                .andExpect(status().isForbidden());
        // the Virtual School sees every child: it is asked for a reason (RestrictedForNurseAndVirtualSchoolTests)
        mvc.perform(get("/education/children/" + AMIRA).with(as("vsh1"))).andExpect(redirectedUrl(BREAK_GLASS));
        assertThat(count("select count(*) from restricted_access")).isZero();
    }

    @Test
    void listsShowTheRecordAsRestrictedWithoutDetails() throws Exception {
        mvc.perform(get("/children").param("q", "Khan").with(as("perf1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("restricted-results")))
                .andExpect(content().string(not(containsString("14 Mar 2012"))));
        mvc.perform(get("/children").param("q", "Khan").with(as("sw1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("14 Mar 2012")));
        mvc.perform(get("/worklist.csv").with(as("irom1"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(AMIRA))));
        // tm1 restricted it to sw1 only: on the team's caseload it is listed as restricted, without details
        mvc.perform(get("/caseload").param("team", "T1").with(as("tm1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Restricted record")))
                .andExpect(content().string(not(containsString("Amira"))));
        mvc.perform(get("/caseload").with(as("sw1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Amira")));
    }

    @Test
    void aSaveFromAStalePageIsRefusedAndABlankFormChangesNothing() throws Exception {
        mvc.perform(post("/children/" + AMIRA + "/restriction").with(as("tm1")).with(csrf())
                .param("named", "sw1 iro1").param("reason", "Still a relative").param("version", "0")
                .param("action", "restrict"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else saved this after you opened it")));
        mvc.perform(post("/children/" + AMIRA + "/restriction").with(as("tm1")).with(csrf())
                .param("named", "nobody-here").param("reason", "").param("version", "1").param("action", "restrict"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("no account with the username")))
                .andExpect(content().string(containsString("Enter why the record is restricted")));
        assertThat(count("select count(*) from restricted_person where child_id = '" + AMIRA + "'")).isEqualTo(1);
        mvc.perform(post("/children/" + AMIRA + "/restriction").with(as("admin1")).with(csrf())
                .param("version", "1").param("action", "lift").param("confirmed", "yes"))
                .andExpect(redirectedUrl("/children/" + AMIRA + "/restriction"));
        mvc.perform(get("/children/" + AMIRA).with(as("iro1"))).andExpect(status().isOk());
    }

    @Test
    void theUsernamesAndTheReasonAreCharacterCountsWithTheLimitsTheServerChecks() throws Exception {
        var page = mvc.perform(get("/children/" + AMIRA + "/restriction").with(as("tm1"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-maxlength=\"1000\"", "data-maxlength=\"500\"",
                "You can enter up to 1,000 characters", "You can enter up to 500 characters");
        String named = "select count(*) from restricted_person where child_id = '" + AMIRA + "'";
        long before = count(named);
        mvc.perform(restrictTo("sw1 ".repeat(251), 1)).andExpect(status().isOk())
                .andExpect(content().string(containsString("The usernames must be 1000 characters or fewer")));
        assertThat(count(named)).isEqualTo(before);
    }

    @Test
    void aStaleSaveShowsWhatIsSavedNowKeepsTheEntriesAndSavingAgainAppliesThem() throws Exception {
        mvc.perform(get("/children/" + AMIRA + "/restriction").with(as("tm1"))).andExpect(status().isOk());
        // an administrator names the team manager too, behind the page's back
        mvc.perform(post("/children/" + AMIRA + "/restriction").with(as("admin1")).with(csrf())
                .param("named", "sw1 tm1").param("reason", "A relative of the team manager").param("version", "1")
                .param("action", "restrict"))
                .andExpect(redirectedUrl("/children/" + AMIRA + "/restriction"));
        var html = mvc.perform(restrictTo("sw1 iro1", 1)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("What is saved now, and what you entered", "sw1, tm1", "iro1, sw1",
                "A relative of the team manager", ">sw1 iro1</textarea>", "name=\"version\" value=\"2\"");
        assertThat(count("select count(*) from restricted_person where child_id = '" + AMIRA + "' and username = 'tm1'"))
                .isEqualTo(1);
        mvc.perform(restrictTo("sw1 iro1", 2)).andExpect(redirectedUrl("/children/" + AMIRA + "/restriction"));
        assertThat(count("select count(*) from restricted_person where child_id = '" + AMIRA + "' and username = 'iro1'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from restricted_person where child_id = '" + AMIRA + "' and username = 'tm1'"))
                .isZero();
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder restrictTo(String named,
            int version) {
        return post("/children/" + AMIRA + "/restriction").with(as("tm1")).with(csrf()).param("named", named)
                .param("reason", "Still a relative").param("version", String.valueOf(version)).param("action", "restrict");
    }

    @Test
    void onlyManagersInScopeAndAdministratorsMayRestrict() throws Exception {
        mvc.perform(get("/children/" + AMIRA + "/restriction").with(as("admin1"))).andExpect(status().isOk());
        mvc.perform(get("/children/" + TestCouncil.JACK + "/restriction").with(as("tm1"))).andExpect(status().isForbidden());
        mvc.perform(get("/children/C9999/restriction").with(as("admin1"))).andExpect(status().isNotFound());
    }

    @Autowired
    private RestrictionAlertRepository alertStore;
    @Autowired
    private ChildRegister register;
    @Autowired
    private UserAccounts users;
    @Autowired
    private RecordRestrictions restrictions;

    @Test
    void theManagersAreEmailedWithTheChildsIdButNeitherNameNorReason() {
        users.setEmail("tm1", "tara@council.example");
        try {
            var sent = new ArrayList<SimpleMailMessage>();
            var sender = new JavaMailSenderImpl() {
                @Override
                public void send(SimpleMailMessage... messages) {
                    sent.addAll(List.of(messages));
                }
            };
            var provider = new StaticListableBeanFactory(Map.of("mail", sender)).getBeanProvider(JavaMailSender.class);
            var alerts = new ManagerAlerts(alertStore, register, users, provider, "promise@council.example",
                    "https://promise.council.example");
            var restriction = restrictions.restriction(AMIRA).orElseThrow();
            var opening = restrictions.open(users.loadUserByUsername("iro1"), AMIRA, "Police called tonight");
            assertThat(alerts.alert(restriction, opening, TestCouncil.TODAY)).containsExactly("tm1");
            assertThat(sent).hasSize(1);
            var mail = sent.get(0);
            assertThat(mail.getTo()).containsExactly("tara@council.example");
            assertThat(mail.getSubject()).contains(AMIRA);
            assertThat(mail.getText()).contains("iro1")
                    .contains("https://promise.council.example/children/" + AMIRA + "/restriction")
                    .doesNotContain("Police").doesNotContain("Amira").doesNotContain("Khan");
            // the manager who opens it is not told of their own opening
            var own = restrictions.open(users.loadUserByUsername("tm1"), AMIRA, "Checking the file");
            assertThat(alerts.alert(restriction, own, TestCouncil.TODAY)).isEmpty();
            assertThat(sent).hasSize(1);
        } finally {
            users.setEmail("tm1", null);
        }
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }

    @Test
    void theOpeningsSortPageAndDownloadWholeAudited() throws Exception {
        mvc.perform(post(BREAK_GLASS).with(as("iro1")).with(csrf()).param("reason", "Zebra: a late reason"))
                .andExpect(redirectedUrl("/children/" + AMIRA));
        jdbc.update("update restricted_access set expires_at = granted_at");
        mvc.perform(post(BREAK_GLASS).with(as("iro1")).with(csrf()).param("reason", "Apple: an early reason"))
                .andExpect(redirectedUrl("/children/" + AMIRA));
        var list = (org.ourpromise.lists.ListPage<?>) mvc.perform(get("/children/" + AMIRA + "/restriction?sort=why")
                .with(as("tm1"))).andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("list");
        assertThat(list.sort()).isEqualTo("why");
        assertThat(list.items()).extracting(o -> ((org.ourpromise.access.RecordRestrictions.Opening) o).reason())
                .containsSubsequence("Apple: an early reason", "Zebra: a late reason");
        String html = mvc.perform(get("/children/" + AMIRA + "/restriction").with(as("tm1"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains(list.total() + " openings.")
                .contains("/children/" + AMIRA + "/restriction.csv?sort=when&amp;order=desc");
        long before = count("select count(*) from audit_event where username = 'tm1' and action = 'EXPORT'");
        var csv = mvc.perform(get("/children/" + AMIRA + "/restriction.csv?sort=why&order=desc").with(as("tm1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("When,Who,Why");
        assertThat(lines).hasSize(list.total() + 1);
        assertThat(csv.indexOf("Zebra")).isLessThan(csv.indexOf("Apple"));
        assertThat(count("select count(*) from audit_event where username = 'tm1' and action = 'EXPORT'"))
                .isEqualTo(before + 1);
        mvc.perform(get("/children/" + TestCouncil.JACK + "/restriction.csv").with(as("tm1")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/children/" + AMIRA + "/restriction.csv").with(as("iro1"))).andExpect(status().isForbidden());
    }
}
