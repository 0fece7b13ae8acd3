package org.ourpromise.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.access.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On the running server, as a browser: an address someone crafted with a "saved" message shows no banner,
 * while a real save shows the success banner once, on the page it leads to, and not again on reload.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:banner-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "promise.clock.fixed=2026-11-22", "promise.demo.enabled=false", "promise.digest.cron=-"})
class SuccessBannerOverHttpTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    CareRecords records;

    @Autowired
    UserAccounts users;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private String token = "";

    @BeforeEach
    void council() {
        TestCouncil.load(records, users);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        var m = CSRF.matcher(response.body());
        if (m.find()) {
            token = m.group(1);
        }
        return response;
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        var body = new StringBuilder("_csrf=" + enc(token));
        form.forEach((k, v) -> body.append('&').append(enc(k)).append('=').append(enc(v)));
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private void signIn(String username) throws IOException, InterruptedException {
        get("/login");
        var signedIn = post("/login", Map.of("username", username, "password", TestCouncil.PASSWORD));
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
    }

    @Test
    @DisplayName("a crafted ?saved= address shows no banner and none of its text")
    void craftedAddressShowsNoBanner() throws Exception {
        signIn("sw1");
        String fake = "Saved. Your payment details are confirmed";
        for (var path : new String[] {"/children/" + TestCouncil.AMIRA, "/worklist",
                "/children/" + TestCouncil.AMIRA + "/allocations"}) {
            var page = get(path + "?saved=" + enc(fake) + "&added=1&created=1");
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).doesNotContain(fake).doesNotContain("govuk-notification-banner");
        }
        assertThat(get("/login?passwordSet=1").body()).doesNotContain("Your password is set");
    }

    @Test
    @DisplayName("a real save shows the success banner once, then never again on reload")
    void realSaveShowsTheBannerOnce() throws Exception {
        signIn("perf1");
        get("/targets/cla.at_31_march?year=2028");
        var form = new LinkedHashMap<String, String>();
        form.put("year", "2028");
        form.put("target", "5");
        form.put("direction", "higher");
        form.put("tolerance", "");
        form.put("version", "");
        var saved = post("/targets/cla.at_31_march", form);
        assertThat(saved.statusCode()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        assertThat(location).doesNotContain("saved").doesNotContain("banner");
        var page = get(URI.create(location).getRawPath() + "?" + URI.create(location).getRawQuery());
        assertThat(page.body()).contains("govuk-notification-banner--success", "role=\"alert\"", "is now 5 or more");
        var again = get(URI.create(location).getRawPath() + "?" + URI.create(location).getRawQuery());
        assertThat(again.body()).doesNotContain("govuk-notification-banner");
    }
}
