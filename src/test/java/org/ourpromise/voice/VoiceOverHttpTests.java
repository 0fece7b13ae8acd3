package org.ourpromise.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
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
import org.ourpromise.access.UserAccounts;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.staff.StaffDirectory;
import org.ourpromise.staff.StaffMember;
import org.ourpromise.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The ledger on the running server, signed in through the sign-in form: the participation officer records a point
 * one young person raised, then sees their name; a board member reads the same ledger and sees no child named.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:voicehttp-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "promise.clock.fixed=2026-11-22", "promise.demo.enabled=false", "promise.digest.cron=-"})
class VoiceOverHttpTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    CareRecords records;

    @Autowired
    UserAccounts users;

    @Autowired
    StaffDirectory staff;

    @Test
    void theBoardReadsTheLedgerWithoutTheNameTheParticipationOfficerSees() throws Exception {
        TestCouncil.load(records, users);
        staff.addAll(List.of(new StaffMember("SW001", "Sam Social Worker", StaffRole.SOCIAL_WORKER, "T1", null, false,
                BigDecimal.ONE, LocalDate.of(2020, 1, 6), null, 0)));
        var officer = new Browser().signIn("part1");
        officer.get("/voice/you-said-we-did/new");
        var form = new LinkedHashMap<String, String>();
        form.put("raisedOn-day", "3");
        form.put("raisedOn-month", "11");
        form.put("raisedOn-year", "2026");
        form.put("source", "YOUNG_PERSON");
        form.put("child", TestCouncil.AMIRA);
        form.put("said", "Tell me when my social worker changes");
        form.put("owner", "SW001");
        var saved = officer.post("/voice/you-said-we-did/new", form);
        assertThat(saved.statusCode()).isEqualTo(302);
        var named = officer.get("/voice/you-said-we-did");
        assertThat(named.statusCode()).isEqualTo(200);
        assertThat(named.body()).contains("Tell me when my social worker changes", "Amira Khan");

        var board = new Browser().signIn("board1").get("/voice/you-said-we-did");
        assertThat(board.statusCode()).isEqualTo(200);
        assertThat(board.body()).contains("Tell me when my social worker changes", "A young person",
                "Sam Social Worker", "No child is named on this page");
        assertThat(board.body()).doesNotContain("Amira", "Khan", TestCouncil.AMIRA);
        assertThat(new Browser().signIn("board1").get("/voice").statusCode()).isEqualTo(403);
    }

    /** A browser: its own cookies, no redirects followed, the CSRF token of the last page it read. */
    private final class Browser {
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private String token = "";

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            var response = client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            var m = CSRF.matcher(response.body());
            if (m.find()) {
                token = m.group(1);
            }
            return response;
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
            var body = new StringBuilder("_csrf=" + enc(token));
            form.forEach((k, v) -> body.append('&').append(enc(k)).append('=').append(enc(v)));
            return client.send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        Browser signIn(String username) throws IOException, InterruptedException {
            get("/login");
            var response = post("/login", Map.of("username", username, "password", TestCouncil.PASSWORD));
            assertThat(response.statusCode()).isEqualTo(302);
            get("/");
            return this;
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
