package org.ourpromise.recordsrequests;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.casefile.CareRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The register and the written-to-the-child pages on the running server, as a browser reaches them: signed in
 * through the form, CSRF token and all, a request logged, its page and its PDF; the child's words on the record.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:sar-server-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "promise.clock.fixed=2026-11-22", "promise.demo.enabled=false", "promise.digest.cron=-"})
class RecordsRequestServerTests {

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

    private HttpResponse<String> get(String path) throws Exception {
        var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        var m = CSRF.matcher(response.body());
        if (m.find()) {
            token = m.group(1);
        }
        return response;
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        var body = new StringBuilder("_csrf=" + enc(token));
        form.forEach((k, v) -> body.append('&').append(enc(k)).append('=').append(enc(v)));
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private void signIn(String username) throws Exception {
        get("/login");
        assertThat(post("/login", Map.of("username", username, "password", TestCouncil.PASSWORD)).statusCode()).isEqualTo(302);
    }

    @Test
    void theRecordsTeamLogsARequestAndDownloadsTheRecordToReview() throws Exception {
        signIn("perf1");
        assertThat(get("/records-requests").body()).contains("Requests for records", "Adoption records are not disclosed");
        var form = new LinkedHashMap<String, String>();
        form.put("child", TestCouncil.LEAH);
        form.put("requesterName", "Leah Brown");
        form.put("requesterKind", "YOUNG_PERSON");
        form.put("askedFor", "My placement history");
        form.put("received-day", "16");
        form.put("received-month", "11");
        form.put("received-year", "2026");
        var logged = post("/records-requests/new", form);
        assertThat(logged.statusCode()).isEqualTo(302);
        String page = logged.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
        // received Monday 16 November 2026: due Wednesday 16 December 2026
        assertThat(get(page).body()).contains("Request RR-", "16 December 2026");
        var pdf = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + page + "/disclosure.pdf"))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void theChildsWordsPagesOpenForTheirSocialWorker() throws Exception {
        signIn("sw1");
        assertThat(get("/children/" + TestCouncil.AMIRA + "/written-to-you").body()).contains("Written to the child");
        assertThat(get("/children/" + TestCouncil.AMIRA + "/chronology/as-written").body())
                .contains("Chronology as written to the child");
        assertThat(get("/records-requests").statusCode()).isEqualTo(403);
    }
}
