package org.ourpromise.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.casefile.CareRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind a proxy that terminates TLS and says so with {@code X-Forwarded-Proto: https} (decision 0071): the
 * session cookie is {@code Secure} and HSTS is sent; over plain HTTP neither. Also: with no identity provider
 * configured, sign-in is the local one only. The same server as {@link RefusalsOverHttpTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:refusals;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "promise.clock.fixed=2026-11-22", "promise.demo.enabled=false", "promise.digest.cron=-"})
class TlsTerminationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    CareRecords records;

    @Autowired
    UserAccounts users;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void council() {
        TestCouncil.load(records, users);
    }

    @Test
    @DisplayName("over HTTPS at the proxy: Secure session cookie and HSTS, before and after signing in; "
            + "over plain HTTP: neither")
    void secureCookieAndHsts() throws Exception {
        var https = get("/login", true, null);
        assertThat(https.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                h -> assertThat(h).contains("max-age="));
        String session = sessionCookie(https);
        assertThat(session).contains("Secure").contains("HttpOnly");

        var signedIn = signIn(https, true);
        assertThat(sessionCookie(signedIn)).as("the new session after sign-in").contains("Secure");
        assertThat(signedIn.headers().firstValue("Strict-Transport-Security")).isPresent();

        var http = get("/login", false, null);
        assertThat(http.headers().firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
        assertThat(sessionCookie(http)).doesNotContain("Secure");
        assertThat(sessionCookie(signIn(http, false))).doesNotContain("Secure");
    }

    @Test
    @DisplayName("no identity provider configured: no council sign-in button, and its address is not there")
    void localSignInOnly() throws Exception {
        var login = get("/login", false, null);
        assertThat(login.body()).doesNotContain("oauth2").doesNotContain("council account");
        var start = get("/oauth2/authorization/council", false, null);
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    private HttpResponse<String> signIn(HttpResponse<String> loginPage, boolean https)
            throws IOException, InterruptedException {
        var m = CSRF.matcher(loginPage.body());
        assertThat(m.find()).isTrue();
        String body = "username=sw1&password=" + URLEncoder.encode(TestCouncil.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", sessionCookie(loginPage).split(";", 2)[0])
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (https) {
            request.header("X-Forwarded-Proto", "https");
        }
        var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        return response;
    }

    private HttpResponse<String> get(String path, boolean https, String cookie)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html");
        if (https) {
            request.header("X-Forwarded-Proto", "https");
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }
}
