package org.ourpromise.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The GOV.UK form details every form shares (issue 16): "Error: " in the title, an error summary in the page's
 * order, the success banner from a flash attribute only, a confirmation step before taking something away,
 * radios for few choices, character counts, and no codes in the choices.
 */
// its own database: it adds records the shared test council's other classes count
@org.springframework.test.context.TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:form-patterns-tests-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class FormPatternsTests extends WebTestSupport {

    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
    private static final Pattern SUMMARY_LINK = Pattern.compile(
            "<a href=\"#([^\"]+)\"[^>]*>[^<]*</a></li>");

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private static String title(String html) {
        var m = TITLE.matcher(html);
        assertThat(m.find()).as("a title").isTrue();
        return m.group(1);
    }

    /** The summary's links, in order, and where each linked field first appears in the form below it. */
    private static void assertSummaryFollowsTheForm(String html) {
        int summaryEnd = html.indexOf("</ul>", html.indexOf("govuk-error-summary__list"));
        var m = SUMMARY_LINK.matcher(html.substring(html.indexOf("govuk-error-summary__list"), summaryEnd));
        var ids = new ArrayList<String>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertThat(ids).as("the summary lists problems").hasSizeGreaterThan(1);
        var positions = new ArrayList<Integer>();
        for (var id : ids) {
            int at = html.indexOf("id=\"" + id + "\"", summaryEnd);
            assertThat(at).as("the field #" + id + " the summary links to is on the page").isPositive();
            positions.add(at);
        }
        assertThat(positions).as("summary " + ids + " in the order of the form").isSorted();
    }

    @Test
    @DisplayName("a form with errors: 'Error: ' starts the title, and the summary lists problems in the form's order")
    void complaintFormsWithErrors() throws Exception {
        // all four fields wrong or missing: child, date received, who made it, summary (the page's order)
        var page = html(post("/complaints/new").param("child", "C0").param("received-day", "31")
                .param("received-month", "2").param("received-year", "2026").with(as("co1")).with(csrf()));
        assertThat(title(page)).isEqualTo("Error: Log a complaint – Promise");
        assertThat(page).contains("There is no child with the ID C0", "The date the complaint was received must be a real date");
        assertSummaryFollowsTheForm(page);
        assertThat(title(html(get("/complaints/new").with(as("co1"))))).isEqualTo("Log a complaint – Promise");
    }

    @Test
    @DisplayName("the new-child and staff forms list their problems in the page's order too")
    void otherSummariesFollowTheForm() throws Exception {
        assertSummaryFollowsTheForm(html(post("/children/new").param("born-day", "30").param("born-month", "2")
                .param("born-year", "2016").param("nhsNumber", "123").with(as("tm1")).with(csrf())));
        assertSummaryFollowsTheForm(html(post("/admin/staff/new").param("fte", "9").with(as("admin1")).with(csrf())));
    }

    @Test
    @DisplayName("recording forms, sign-in and one-line errors also put 'Error: ' first; a page without errors does not")
    void errorTitleEverywhere() throws Exception {
        var visit = html(post("/children/" + TestCouncil.AMIRA + "/record/visit").with(as("sw1")).with(csrf()));
        assertThat(title(visit)).startsWith("Error: ");
        assertThat(title(html(get("/children/" + TestCouncil.AMIRA + "/record/visit").with(as("sw1")))))
                .doesNotStartWith("Error");
        assertThat(title(html(get("/login").param("error", "")))).isEqualTo("Error: Sign in – Promise");
        assertThat(title(html(get("/login")))).isEqualTo("Sign in – Promise");
        assertThat(title(html(get("/children").param("q", "x".repeat(101)).with(as("sw1"))))).startsWith("Error: ");
    }

    @Test
    @DisplayName("the success banner's text comes from the flash attribute; a crafted ?saved= shows nothing")
    void successBannerFromFlashOnly() throws Exception {
        var crafted = html(get("/children/" + TestCouncil.AMIRA).param("saved", "Your bank details were saved")
                .with(as("sw1")));
        assertThat(crafted).doesNotContain("Your bank details were saved").doesNotContain("govuk-notification-banner");
        assertThat(html(get("/worklist").param("saved", "Fake").with(as("sw1")))).doesNotContain("Fake")
                .doesNotContain("govuk-notification-banner");

        var shown = html(get("/children/" + TestCouncil.AMIRA).flashAttr("success", "Statutory visit on 1 November recorded")
                .with(as("sw1")));
        assertThat(shown).contains("govuk-notification-banner govuk-notification-banner--success", "role=\"alert\"",
                "Statutory visit on 1 November recorded");

        // a real save: the redirect's address carries nothing, the message travels in the flash map
        var result = mvc.perform(post("/admin/lateness-reasons").param("label", "Forms banner check").with(as("admin1"))
                .with(csrf())).andExpect(redirectedUrl("/admin/lateness-reasons")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("?");
        mvc.perform(post("/targets/cla.at_31_march").param("year", "2027").param("target", "4").param("direction", "higher")
                .param("tolerance", "").param("version", "").with(as("perf1")).with(csrf()))
                .andExpect(redirectedUrl("/targets?year=2027"))
                .andExpect(flash().attribute("success", org.hamcrest.Matchers.containsString("is now 4 or more")));
        mvc.perform(post("/targets/cla.at_31_march/remove").param("year", "2027").param("confirmed", "yes")
                .param("version", String.valueOf(jdbc.queryForObject("select version from benchmark_target where "
                        + "measure_key = 'cla.at_31_march' and target_year = 2027", Integer.class)))
                .with(as("perf1")).with(csrf())).andExpect(status().is3xxRedirection());
    }

    /** Templates may test whether a parameter is there (the sign-in page's refusals) but never print one. */
    @Test
    @DisplayName("no template writes a request parameter's text into the page")
    void noTemplateRendersARequestParameter() throws IOException {
        var printsParam = Pattern.compile("th:(u?text|utext|value|attr|title)=\"[^\"]*param\\.|\\[[\\[(]\\$\\{param\\.");
        var readsParam = Pattern.compile("\\$\\{[^}]*param\\.");
        var wrong = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String text = Files.readString(file);
                if (printsParam.matcher(text).find()) {
                    wrong.add(file + " prints a request parameter");
                }
                if (!file.endsWith("login.html") && readsParam.matcher(text).find()) {
                    wrong.add(file + " decides what to say from the address");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    @DisplayName("retiring a lateness reason asks first; nothing changes until the user confirms")
    void retiringAsksForConfirmation() throws Exception {
        mvc.perform(post("/admin/lateness-reasons").param("label", "Forms retire check").with(as("admin1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var reason = jdbc.queryForMap("select reason_id as id, version from lateness_reason where label = 'Forms retire check'");
        var ask = post("/admin/lateness-reasons/" + reason.get("id") + "/retire")
                .param("version", String.valueOf(reason.get("version"))).with(as("admin1")).with(csrf());
        var page = mvc.perform(ask).andExpect(status().isOk()).andExpect(view().name("confirm")).andReturn()
                .getResponse().getContentAsString();
        assertThat(title(page)).startsWith("Are you sure you want to retire the reason “Forms retire check”?");
        assertThat(page).contains("name=\"confirmed\" value=\"yes\"", "Yes, retire this reason", "No, go back",
                "name=\"version\" value=\"" + reason.get("version") + "\"");
        assertThat(active("Forms retire check")).isTrue();
        mvc.perform(post("/admin/lateness-reasons/" + reason.get("id") + "/retire")
                .param("version", String.valueOf(reason.get("version"))).param("confirmed", "yes").with(as("admin1"))
                .with(csrf())).andExpect(redirectedUrl("/admin/lateness-reasons"));
        assertThat(active("Forms retire check")).isFalse();
    }

    private boolean active(String label) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select active from lateness_reason where label = ?",
                Boolean.class, label));
    }

    @Test
    @DisplayName("deactivating an account goes through its confirmation page")
    void deactivatingAsksForConfirmation() throws Exception {
        var page = html(get("/admin/users/pa1/deactivate").with(as("admin1")));
        assertThat(page).contains("Are you sure you want to deactivate", "Yes, deactivate this account", "No, go back");
        assertThat(html(get("/admin/users/pa1").with(as("admin1"))))
                .contains("href=\"/admin/users/pa1/deactivate\"").doesNotContain("action=\"/admin/users/pa1/deactivate\"");
    }

    @Test
    @DisplayName("few choices are radios in plain words; drop-downs show meanings, never codes")
    void radiosAndNoCodes() throws Exception {
        var review = html(get("/children/" + TestCouncil.AMIRA + "/record/review").with(as("iro1")));
        assertThat(review).containsPattern("type=\"radio\"\\s+value=\"PN1\"").contains("Attended and spoke for themselves</label>")
                .doesNotContain("<select class=\"govuk-select\" id=\"participation\"").doesNotContain("(PN1)");
        var placement = html(get("/children/" + TestCouncil.AMIRA + "/record/placement-change").with(as("sw1")));
        assertThat(Pattern.compile("<option [^>]*>[^<]*\\([A-Z]\\d{1,2}\\)[^<]*\\([A-Z]\\d{1,2}\\)").matcher(placement).find())
                .as("no option shows a code twice").isFalse();
        assertThat(placement).doesNotContain("(U4)</option>");
        var contact = html(get("/children/" + TestCouncil.LEAH + "/record/care-leaver-contact").with(as("pa1")));
        assertThat(contact).contains("Is the council in touch with the young person?").doesNotContain("Are you in touch?")
                .containsPattern("type=\"radio\"\\s+value=\"YES\"");
    }

    @Test
    @DisplayName("long text has a character count, and too much is refused with a clear message, changing nothing")
    void characterCount() throws Exception {
        var request = post("/children/" + TestCouncil.LEAH + "/record/care-leaver-contact").param("date-day", "20")
                .param("date-month", "11").param("date-year", "2026").param("inTouch", "YES").param("activity", "F2")
                .param("accommodation", "U").param("suitable", "1").param("note", "n".repeat(501))
                .with(as("pa1")).with(csrf());
        Integer before = jdbc.queryForObject("select count(*) from care_leaver_contact where child_id = ?", Integer.class,
                TestCouncil.LEAH);
        var page = html(request);
        assertThat(page).contains("govuk-character-count", "data-maxlength=\"500\"", "You can enter up to 500 characters",
                "Write 500 characters or fewer (you wrote 501)", "<textarea");
        assertThat(title(page)).startsWith("Error: ");
        assertThat(jdbc.queryForObject("select count(*) from care_leaver_contact where child_id = ?", Integer.class,
                TestCouncil.LEAH)).isEqualTo(before);
    }

    @Test
    @DisplayName("a date that is not real gets a clear error and changes nothing (GOV.UK date input)")
    void datesMustBeReal() throws Exception {
        var page = html(post("/children/" + TestCouncil.AMIRA + "/record/visit").param("date-day", "30")
                .param("date-month", "2").param("date-year", "2026").with(as("sw1")).with(csrf()));
        assertThat(page).containsPattern("must be a real date").contains("id=\"date-day\"", "id=\"date-month\"",
                "id=\"date-year\"", "govuk-fieldset__legend");
        assertThat(List.of(title(page))).allMatch(t -> t.startsWith("Error: "));
    }
}
