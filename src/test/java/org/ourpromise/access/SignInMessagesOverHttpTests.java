package org.ourpromise.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.casefile.CareRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sign-in page's messages on the running server, as a browser meets them: Spring Security (and Promise's
 * throttle) send the person back with a parameter, and the page says in GOV.UK's way what happened. A wrong
 * password, a locked account and an ended session; signing out is a notice, not an error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:sign-in-messages-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "promise.clock.fixed=2026-11-22", "promise.demo.enabled=false", "promise.digest.cron=-",
    // an account locks after three wrong passwords, with no slowing first; the address never slows these tests
    "promise.sign-in.account.slow-after=3", "promise.sign-in.account.lock-after=3",
    "promise.sign-in.address.slow-after=1000", "promise.sign-in.address.lock-after=2000"})
class SignInMessagesOverHttpTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
    private static final String HTML = "text/html,application/xhtml+xml,*/*;q=0.8";

    @LocalServerPort
    int port;

    @Autowired
    CareRecords records;

    @Autowired
    UserAccounts users;

    @BeforeEach
    void council() {
        TestCouncil.load(records, users);
    }

    /** A browser with its own cookies that follows no redirects, so each step can be checked. */
    private final class Browser {
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private String token = "";

        HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", HTML);
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            var response = client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
            var m = CSRF.matcher(response.body());
            if (m.find()) {
                token = m.group(1);
            }
            return response;
        }

        HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
            String body = "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + (form.isEmpty() ? "" : "&" + form);
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", HTML)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Tries to sign in and follows the answer back to the page it lands on. */
        String signIn(String username, String password) throws IOException, InterruptedException {
            get("/login");
            var answer = post("/login", "username=" + username + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8));
            return answer.headers().firstValue("Location").orElseThrow();
        }
    }

    private static String path(String location) {
        return URI.create(location).getRawPath() + (URI.create(location).getRawQuery() == null ? ""
                : "?" + URI.create(location).getRawQuery());
    }

    private static String title(String html) {
        var m = TITLE.matcher(html);
        return m.find() ? m.group(1) : "";
    }

    /** The error summary's link goes to the password field, which shows the same message beside it. */
    private static void assertProblemOnThePasswordField(String html, String message) {
        assertThat(title(html)).startsWith("Error: ");
        assertThat(html).contains("govuk-error-summary").contains("<a href=\"#password\">" + message + "</a>")
                .contains("id=\"password\"").contains("<p class=\"govuk-error-message\" id=\"password-error\">")
                .contains("aria-describedby=\"password-error\"");
    }

    @Test
    void aWrongPasswordSaysSoAgainstThePasswordField() throws Exception {
        var browser = new Browser();
        String location = browser.signIn("sw1", "not the password");
        assertThat(path(location)).isEqualTo("/login?error");
        assertProblemOnThePasswordField(browser.get(path(location)).body(), SignInMessages.WRONG_PASSWORD.text());
    }

    @Test
    void aLockedAccountSaysWhyAndWhatToDoEvenWithTheRightPassword() throws Exception {
        var browser = new Browser();
        for (int i = 0; i < 3; i++) {
            assertThat(path(browser.signIn("pa1", "wrong " + i))).isEqualTo("/login?error");
        }
        String location = browser.signIn("pa1", TestCouncil.PASSWORD);
        assertThat(path(location)).isEqualTo("/login?locked");
        String html = browser.get(path(location)).body();
        assertProblemOnThePasswordField(html, SignInMessages.LOCKED.text());
        assertThat(html).contains("Try again in 15 minutes");
    }

    @Test
    void anEndedSessionSendsThePersonToSignInAgainAndSaysWhy() throws Exception {
        var browser = new Browser();
        // the browser still holds the cookie of a session the server no longer has (timed out, or a restart)
        var answer = browser.get("/worklist", "Cookie", "JSESSIONID=ENDED0123456789ABCDEF");
        assertThat(answer.statusCode()).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertThat(path(location)).isEqualTo("/login?expired");
        String html = browser.get(path(location)).body();
        assertThat(title(html)).doesNotStartWith("Error: ");
        assertThat(html).contains("govuk-notification-banner").contains(SignInMessages.EXPIRED)
                .doesNotContain("govuk-error-summary");
        // someone who never signed in is simply asked to
        assertThat(path(new Browser().get("/worklist").headers().firstValue("Location").orElseThrow()))
                .isEqualTo("/login");
    }

    @Test
    void signingOutSaysSoAsANoticeNotAnError() throws Exception {
        var browser = new Browser();
        assertThat(path(browser.signIn("sw1", TestCouncil.PASSWORD))).isEqualTo("/");
        browser.get("/");
        var out = browser.post("/logout", "");
        String location = out.headers().firstValue("Location").orElseThrow();
        assertThat(path(location)).isEqualTo("/login?signedOut");
        String html = browser.get(path(location)).body();
        assertThat(title(html)).doesNotStartWith("Error: ");
        assertThat(html).contains("govuk-notification-banner").contains(SignInMessages.SIGNED_OUT)
                .doesNotContain(SignInMessages.EXPIRED).doesNotContain("govuk-error-summary");
    }
}
