package org.ourpromise.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.access.Role;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecords;
import org.ourpromise.record.HealthEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The correction pages on the running server, as a browser uses them: choose, correct, see it in the chronology. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:corrections-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "promise.clock.fixed=2026-11-22", "promise.demo.enabled=false", "promise.digest.cron=-"})
class HealthCorrectionOverHttpTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final String CHILD = "REC2-H3";

    @LocalServerPort
    int port;

    @Autowired
    CareRecords records;

    @Autowired
    UserAccounts users;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private String token = "";

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

    @Test
    void aDentalCheckIsCorrectedThroughThePages() throws Exception {
        TestCouncil.load(records, users);
        users.addUser("rec2sw", "Rhea Separate", TestCouncil.PASSWORD, Role.SOCIAL_WORKER, null, "SW0929");
        records.addAll(List.of(ChildRecords.child(CHILD, "Test", "Served", LocalDate.of(2015, 1, 1), "F")
                .episode(new CareEpisode(LocalDate.of(2026, 6, 1), "S", "C2", "N1", "U1", "PR1", null, null, null,
                        null, null, null))
                .allocation(new Allocation(Allocation.Role.SOCIAL_WORKER, "SW0929", "T9", LocalDate.of(2026, 6, 1),
                        null, null))
                .health(new HealthEvent(HealthEvent.Kind.DENTAL_CHECK, LocalDate.of(2026, 8, 1), null, false)).build()));
        long id = jdbc.queryForObject("select health_event_id from health_event where child_id = ?", Long.class, CHILD);

        get("/login");
        assertThat(post("/login", Map.of("username", "rec2sw", "password", TestCouncil.PASSWORD)).statusCode())
                .isEqualTo(302);
        var list = get("/children/" + CHILD + "/record/health-correction");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("dental check on 01/08/2026").contains("record/health-correction?event=" + id);
        var form = get("/children/" + CHILD + "/record/health-correction?event=" + id);
        assertThat(form.body()).contains("Recorded as: dental check on 01/08/2026.");

        var fields = new LinkedHashMap<String, String>(Map.of("event", String.valueOf(id), "version", "0",
                "date-day", "3", "date-month", "8", "date-year", "2026", "reason", "the date was typed wrongly"));
        var refused = post("/children/" + CHILD + "/record/health-correction", Map.of("event", String.valueOf(id),
                "version", "0", "date-day", "3", "date-month", "8", "date-year", "2026", "reason", ""));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("<title>Error: ").contains("Enter why the record is being corrected");
        var saved = post("/children/" + CHILD + "/record/health-correction", fields);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(records.load(CHILD).orElseThrow().health()).containsExactly(
                new HealthEvent(HealthEvent.Kind.DENTAL_CHECK, LocalDate.of(2026, 8, 3), null, false));
        assertThat(get("/children/" + CHILD + "/chronology").body()).contains("Health event corrected")
                .contains("by Rhea Separate because the date was typed wrongly. Before: dental check on 01/08/2026");
    }
}
