package org.ourpromise.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.function.Function;
import org.ourpromise.TestCouncil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The forms about something that must exist first (a board meeting and its action, a complaint, an alert, a
 * request, a message from a young person...), which the empty-post walk of {@link ErrorSummariesInPageOrderTests}
 * cannot reach with a made-up ID. Each reach makes that something through the service's own pages where it can
 * (a row where no page makes it), then sends the form empty or with bad values as a user allowed to, and answers
 * with the page that came back.
 */
final class FormsAboutSomething {

    /** One form: the template its errors come back on, and how to get there. */
    record Reach(String template, Step step) {
    }

    @FunctionalInterface
    interface Step {
        MvcResult run(FormsAboutSomething on) throws Exception;
    }

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;
    private final Function<String, RequestPostProcessor> as;
    private long meeting = -1;
    private long pep = -1;
    private String complaint;

    FormsAboutSomething(MockMvc mvc, JdbcTemplate jdbc, Function<String, RequestPostProcessor> as) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.as = as;
    }

    static List<Reach> reaches() {
        return List.of(
                new Reach("account/set-password", FormsAboutSomething::setPassword),
                new Reach("admin/user", on -> on.send("admin1", post("/admin/users/admin1/deactivate").param("version", "0"))),
                new Reach("board/action-new", on -> on.send("perf1", post("/board/meetings/" + on.meeting() + "/new-action")
                        .param("due-day", "31").param("due-month", "2").param("due-year", "2027"))),
                new Reach("board/action", FormsAboutSomething::boardAction),
                new Reach("board/attendance", FormsAboutSomething::attendance),
                new Reach("board/item", on -> on.send("perf1", post("/board/items/" + on.number(
                        "select min(item_id) from board_agenda_item where meeting_id = ?", on.meeting()))
                        .param("version", "0").param("minutes", "x".repeat(4001)).param("resolution", "x".repeat(2001)))),
                new Reach("board/item-new", on -> on.send("perf1", post("/board/meetings/" + on.meeting() + "/new-item")
                        .param("paperLink", "javascript:alert(1)"))),
                new Reach("complaints/complaint", on -> on.send("co1", post("/complaints/" + on.complaint())
                        .param("version", "0").param("received-day", "31").param("received-month", "2")
                        .param("received-year", "2026").param("madeBy", "KING"))),
                new Reach("complaints/outcome", on -> on.send("co1", post("/complaints/" + on.complaint() + "/outcome")
                        .param("version", "0").param("stage1Outcome", "UPHELD").param("stage2Outcome", "UPHELD")
                        .param("themes", "999999").param("ombudsmanFinding", "NO_FAULT").param("learning", "x".repeat(1001)))),
                new Reach("education/school", on -> on.send("vsh1", post("/education/children/" + TestCouncil.AMIRA
                        + "/schools/new").param("started-day", "31").param("started-month", "2"))),
                new Reach("education/not-in-education", on -> on.send("vsh1", post("/education/children/"
                        + TestCouncil.AMIRA + "/not-in-education/new").param("since-day", "31").param("since-month", "2"))),
                new Reach("education/exclusion", on -> on.send("vsh1", post("/education/children/" + TestCouncil.AMIRA
                        + "/exclusions/new").param("version", "0").param("days", "0").param("started-day", "31")
                        .param("started-month", "2"))),
                new Reach("education/pep-content", on -> on.send("vsh1", post("/education/children/" + TestCouncil.AMIRA
                        + "/peps/" + on.pep()).param("version", "0").param("amount", "-5"))),
                new Reach("education/pep-quality", on -> on.send("vsh1", post("/education/children/" + TestCouncil.AMIRA
                        + "/pep-quality/" + on.pep()).param("version", "0").param("rating", "INADEQUATE")
                        .param("remedialBy-day", "31").param("remedialBy-month", "2").param("remedialBy-year", "2027"))),
                new Reach("education/pupil-premium-change", on -> on.send("vsh1", post("/virtual-school/pupil-premium/"
                        + "children/" + TestCouncil.AMIRA + "/payments/" + on.pupilPremiumPayment()).param("version", "0")
                        .param("amount", "0").param("paidOn-day", "31").param("paidOn-month", "2"))),
                new Reach("education/pupil-premium-withdraw", on -> on.send("vsh1", post("/virtual-school/pupil-premium/"
                        + "children/" + TestCouncil.AMIRA + "/payments/" + on.pupilPremiumPayment() + "/withdraw")
                        .param("version", "0"))),
                new Reach("entitlements/child", FormsAboutSomething::claim),
                new Reach("entitlements/entitlement", on -> on.send("tm1", post("/entitlements/offer/entitlements/new"))),
                new Reach("iro/alert", FormsAboutSomething::alert),
                new Reach("leavers/offer", on -> on.send("pa1", get("/leavers").param("asAt-day", "31")
                        .param("asAt-month", "2").param("asAt-year", "2026"))),
                new Reach("mypromise/join", on -> on.mvc.perform(post("/me/join").with(csrf()).param("code", "NOT-A-CODE")
                        .param("password", "short")).andReturn()),
                new Reach("mypromise/staff-child", FormsAboutSomething::tooYoungForMyPromise),
                new Reach("mypromise/staff-message", FormsAboutSomething::message),
                new Reach("ourpromise/commitment", on -> on.send("perf1", post("/our-promise/commitments/"
                        + on.number("select min(commitment_id) from promise_commitment")).param("version", "0"))),
                new Reach("ourpromise/evidence", FormsAboutSomething::evidence),
                new Reach("permanence/panel", FormsAboutSomething::panel),
                new Reach("recordsrequests/request", FormsAboutSomething::recordsRequest),
                new Reach("voice/consultation", FormsAboutSomething::consultation),
                new Reach("voice/group", FormsAboutSomething::group),
                new Reach("voice/item", FormsAboutSomething::said),
                // last: it restricts Amira's record to her social worker
                new Reach("restricted/break-glass", FormsAboutSomething::breakTheGlass));
    }

    MvcResult send(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as.apply(user)).with(csrf())).andReturn();
    }

    private String made(String user, MockHttpServletRequestBuilder request) throws Exception {
        var result = send(user, request);
        String url = result.getResponse().getRedirectedUrl();
        if (url == null) {
            throw new IllegalStateException("making something for the form failed: " + result.getRequest().getMethod()
                    + " " + result.getRequest().getRequestURI() + " answered " + result.getResponse().getStatus()
                    + (result.getModelAndView() == null ? "" : " " + result.getModelAndView().getModel().get("errors")));
        }
        return url;
    }

    private long number(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        if (n == null) {
            throw new IllegalStateException("nothing found by " + sql);
        }
        return n;
    }

    private static String last(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private long meeting() throws Exception {
        if (meeting < 0) {
            meeting = Long.parseLong(last(made("perf1", post("/board/meetings/new").param("held-day", "10")
                    .param("held-month", "12").param("held-year", "2026").param("venue", "VIRTUAL"))));
        }
        return meeting;
    }

    /** Amira's PEP meeting, recorded through the PEP form by her social worker. */
    private long pep() throws Exception {
        if (pep < 0) {
            var saved = send("sw1", post("/children/" + TestCouncil.AMIRA + "/record/pep").param("date-day", "5")
                    .param("date-month", "11").param("date-year", "2026"));
            if (saved.getResponse().getRedirectedUrl() == null) {
                throw new IllegalStateException("recording a PEP for the forms failed: " + saved.getResponse().getStatus());
            }
            pep = number("select min(education_event_id) from education_event where child_id = ? and kind = ?",
                    TestCouncil.AMIRA, "PEP_MEETING");
        }
        return pep;
    }

    /** A Pupil Premium Plus payment for Amira to a school of her own (rows: the payment's page changes, not makes). */
    private long pupilPremiumPayment() {
        if (jdbc.queryForObject("select count(*) from school where urn = '199999'", Integer.class) == 0) {
            jdbc.update("insert into school (urn, name, phase, local_authority) values ('199999', 'Forms Test School',"
                    + " 'Secondary', 'Demoshire')");
        }
        jdbc.update("insert into pupil_premium_payment (child_id, financial_year, urn, pep_date, paid_on, amount,"
                + " purpose, recorded_by) values (?, 2026, '199999', date '2026-11-05', date '2026-11-06', 10,"
                + " 'Books', 'vsh1')", TestCouncil.AMIRA);
        return number("select max(pupil_premium_payment_id) from pupil_premium_payment");
    }

    private String complaint() throws Exception {
        if (complaint == null) {
            complaint = last(made("co1", post("/complaints/new").param("child", TestCouncil.AMIRA)
                    .param("received-day", "2").param("received-month", "11").param("received-year", "2026")
                    .param("summary", "Her visits were cancelled").param("madeBy", "ADVOCATE")));
        }
        return complaint;
    }

    private MvcResult setPassword() throws Exception {
        var page = send("admin1", post("/admin/users/pa1/link"));
        String link = (String) page.getModelAndView().getModel().get("link");
        return mvc.perform(post("/set-password").with(csrf()).param("token", link.substring(link.indexOf("token=") + 6)))
                .andReturn();
    }

    private MvcResult boardAction() throws Exception {
        made("perf1", post("/board/meetings/" + meeting() + "/new-action").param("description", "Report on sufficiency")
                .param("owner", "Head of Service").param("due-day", "10").param("due-month", "2").param("due-year", "2027"));
        long action = number("select max(action_id) from board_action");
        return send("perf1", post("/board/actions/" + action).param("version", "0").param("status", "ASLEEP")
                .param("due-day", "31").param("due-month", "2").param("due-year", "2027").param("update", "x".repeat(4001)));
    }

    private MvcResult attendance() throws Exception {
        var request = post("/board/meetings/" + meeting() + "/attendance");
        for (String name : List.of("Cllr Ann Early", "Cllr Bo Later")) {
            made("perf1", post("/board/members/new").param("name", name).param("role", "COUNCILLOR")
                    .param("organisation", "The council").param("start-day", "1").param("start-month", "1")
                    .param("start-year", "2026"));
            request.param("member-" + number("select max(member_id) from board_member"), "ASLEEP");
        }
        return send("perf1", request);
    }

    private MvcResult claim() throws Exception {
        jdbc.update("insert into entitlement_claim (entitlement_id, child_id, requested_on, amount, purpose, status,"
                + " recorded_by) values ((select min(entitlement_id) from entitlement), ?, date '2026-11-02', 10,"
                + " 'Horse riding', 'REQUESTED', 'sw1')", TestCouncil.AMIRA);
        long claim = number("select max(claim_id) from entitlement_claim");
        return send("sw1", post("/entitlements/claims/" + claim).param("version", "0").param("status", "ASLEEP"));
    }

    private MvcResult alert() throws Exception {
        String url = made("iro1", post("/iro/alerts/new").param("raised-day", "20").param("raised-month", "11")
                .param("raised-year", "2026").param("child", TestCouncil.AMIRA).param("kind", "CONCERN")
                .param("category", "5").param("team", "T1").param("worker", "SW001")
                .param("seen", "The care plan has not been updated since the last review")
                .param("asked", "Update the care plan within two weeks"));
        return send("iro1", post("/iro/alerts/" + last(url) + "/escalate").param("version", "0"));
    }

    private MvcResult tooYoungForMyPromise() throws Exception {
        String url = made("tm1", post("/children/new").param("givenName", "Ivy").param("familyName", "Young")
                .param("born-day", "3").param("born-month", "4").param("born-year", "2019").param("sex", "F")
                .param("ethnicity", "WBRI").param("postcode", "le38ra"));
        String child = url.substring("/children/".length(), url.indexOf("/allocations"));
        made("admin1", post("/admin/staff/new").param("workerId", "SW001").param("name", "Sam Social Worker")
                .param("role", "SOCIAL_WORKER").param("team", "T1").param("email", "sam.social@example.gov.uk").param("agency", "no")
                .param("fte", "1").param("from-day", "6").param("from-month", "1").param("from-year", "2020"));
        made("tm1", post(url).param("action", "allocate").param("seen", "0").param("worker", "SW001")
                .param("from-day", "1").param("from-month", "11").param("from-year", "2026"));
        return send("sw1", post("/children/" + child + "/my-promise"));
    }

    private MvcResult message() throws Exception {
        made("yp1", post("/me/tell").param("to", "SOCIAL_WORKER").param("body", "Can I see my brother more often?"));
        return send("sw1", post("/my-promise/messages/" + number("select max(message_id) from my_promise_message"))
                .param("version", "0"));
    }

    private MvcResult evidence() throws Exception {
        made("perf1", post("/our-promise/pledges/new").param("partner", "new").param("name", "Leisure services")
                .param("kind", "Council service").param("commitment", ""
                        + number("select min(commitment_id) from promise_commitment"))
                .param("text", "Free swimming for every child in care"));
        return send("perf1", post("/our-promise/evidence/" + number("select max(pledge_id) from promise_pledge"))
                .param("version", "-1").param("figures", "x".repeat(2001)));
    }

    private MvcResult panel() throws Exception {
        String url = made("perf1", post("/permanence/panels").param("meetsOn-day", "1").param("meetsOn-month", "12")
                .param("meetsOn-year", "2026").param("chair", "Pat Chair"));
        return send("perf1", post("/permanence/panels/" + last(url) + "/children"));
    }

    private MvcResult recordsRequest() throws Exception {
        String url = made("perf1", post("/records-requests/new").param("child", TestCouncil.LEAH)
                .param("requesterName", "Jordan Example").param("requesterKind", "ADULT_WHO_WAS_IN_CARE")
                .param("askedFor", "Everything from my time in care").param("received-day", "2")
                .param("received-month", "11").param("received-year", "2026"));
        return send("perf1", post(url).param("version", "0").param("identityAsked", "yes")
                .param("identityChecked-day", "31").param("identityChecked-month", "2").param("identityChecked-year", "2026")
                .param("extensionMonths", "9").param("extensionTold-day", "31").param("extensionTold-month", "2")
                .param("extensionTold-year", "2026"));
    }

    private MvcResult consultation() throws Exception {
        jdbc.update("insert into voice_consultation (title, asked, opened_on) values ('Where you live', 'Everyone',"
                + " date '2026-10-01')");
        long id = number("select max(id) from voice_consultation");
        var request = post("/voice/consultations/" + id + "/responses");
        for (int position = 1; position <= 2; position++) {
            jdbc.update("insert into voice_question (consultation_id, position, text, choices) values (?, ?, ?, 'Yes|No')",
                    id, position, "Question " + position);
            request.param("q" + number("select max(id) from voice_question"), "Maybe");
        }
        return send("part1", request);
    }

    private MvcResult group() throws Exception {
        jdbc.update("insert into voice_group (name, kind, meets) values ('Walk council', 'CHILDREN_IN_CARE_COUNCIL',"
                + " 'monthly')");
        return send("part1", post("/voice/groups/" + number("select max(id) from voice_group") + "/members")
                .param("consentOn-day", "31").param("consentOn-month", "2").param("consentOn-year", "2026"));
    }

    private MvcResult said() throws Exception {
        jdbc.update("insert into voice_issue (raised_on, source, child_id, said, owner, status, updated_by, updated_at)"
                + " values (date '2026-06-01', 'YOUNG_PERSON', ?, 'I want to see my file', 'SW001', 'OPEN', 'part1',"
                + " timestamp '2026-06-01 09:00:00')", TestCouncil.AMIRA);
        return send("part1", post("/voice/you-said-we-did/" + number("select max(id) from voice_issue"))
                .param("version", "0").param("status", "CHANGED"));
    }

    private MvcResult breakTheGlass() throws Exception {
        made("admin1", post("/children/" + TestCouncil.AMIRA + "/restriction").param("named", "sw1")
                .param("reason", "The child is a relative of a member of staff").param("version", "0")
                .param("action", "restrict"));
        return send("iro1", post("/children/" + TestCouncil.AMIRA + "/restricted").param("reason", " "));
    }
}
