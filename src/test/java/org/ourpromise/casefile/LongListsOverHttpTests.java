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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.ChildRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Long lists on the running server, as a browser without JavaScript uses them: 120 children called Tablesby are
 * found 50 at a time, sorted by the column headers' links, and downloaded whole; the record offers its forms.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:tables-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "promise.clock.fixed=2026-11-22", "promise.demo.enabled=false", "promise.digest.cron=-"})
class LongListsOverHttpTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern ROW_NAME = Pattern.compile("<td class=\"govuk-table__cell\"><a class=\"govuk-link\" "
            + "href=\"/children/TABLES-(\\d{3})\"");
    private static final LocalDate FIRST_BIRTHDAY = LocalDate.of(2008, 1, 1);

    @LocalServerPort
    int port;

    @Autowired
    CareRecords records;

    @Autowired
    UserAccounts users;

    @BeforeEach
    void council() {
        TestCouncil.load(records, users);
        if (records.load("TABLES-001").isEmpty()) {
            // Given names Ann001..Ann120, so by name they come in number order; born a day apart, 001 the eldest
            var children = new ArrayList<ChildRecord>();
            for (int i = 1; i <= 120; i++) {
                children.add(ChildRecords.child(String.format("TABLES-%03d", i), String.format("Ann%03d", i), "Tablesby",
                        FIRST_BIRTHDAY.plusDays(i - 1L), "F").build());
            }
            records.addAll(children);
        }
    }

    @Test
    void searchSaysHowManyThereAreAndPagesThroughThemAll() throws Exception {
        var browser = new Browser().signIn("perf1");
        var first = browser.get("/children?q=tablesby").body();
        assertThat(first).contains("120 children found", "Showing 1 to 50 of 120 children.",
                "aria-label=\"Pages of search results\"", "rel=\"next\"").doesNotContain("rel=\"prev\"");
        assertThat(rows(first)).hasSize(50).startsWith(1, 2, 3).endsWith(50);
        var last = browser.get("/children?q=tablesby&sort=name&order=asc&page=3").body();
        assertThat(last).contains("Showing 101 to 120 of 120 children.", "rel=\"prev\"").doesNotContain("rel=\"next\"");
        assertThat(rows(last)).hasSize(20).startsWith(101).endsWith(120);
    }

    @Test
    void theColumnHeadersSortWithoutJavaScript() throws Exception {
        var browser = new Browser().signIn("perf1");
        var page = browser.get("/children?q=tablesby").body();
        // the date of birth header is a link; following it twice gives the youngest (120, born last) first
        assertThat(page).contains("href=\"/children?q=tablesby&amp;sort=born&amp;order=asc\"", "aria-sort=\"ascending\"");
        assertThat(rows(browser.get("/children?q=tablesby&sort=born&order=asc").body())).startsWith(1, 2);
        var youngest = browser.get("/children?q=tablesby&sort=born&order=desc").body();
        assertThat(rows(youngest)).startsWith(120, 119);
        assertThat(youngest).contains("aria-sort=\"descending\"");
    }

    @Test
    void nonsenseInTheAddressFallsBackToTheFirstPageWithoutAnErrorPage() throws Exception {
        var browser = new Browser().signIn("perf1");
        for (String bad : new String[] {"sort=evil&order=sideways&page=zz", "page=-1", "page=9999", "sort=%3Cscript%3E"}) {
            var response = browser.get("/children?q=tablesby&" + bad);
            assertThat(response.statusCode()).as(bad).isEqualTo(200);
            assertThat(response.body()).as(bad).contains("of 120 children.").doesNotContain("<script>");
        }
        assertThat(rows(browser.get("/children?q=tablesby&page=9999").body())).startsWith(101);
    }

    @Test
    void theWholeListDownloadsAsCsvInThePagesOrder() throws Exception {
        var browser = new Browser().signIn("perf1");
        var csv = browser.get("/children.csv?q=tablesby&sort=born&order=desc");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        var lines = csv.body().split("\r\n");
        assertThat(lines).hasSize(121);
        assertThat(lines[1]).isEqualTo("TABLES-120,Ann120,Tablesby,2008-04-29");
        assertThat(lines[120]).isEqualTo("TABLES-001,Ann001,Tablesby,2008-01-01");
    }

    @Test
    void theRecordOffersFormsForTheChildAndTheRestUnderOtherForms() throws Exception {
        var browser = new Browser().signIn("sw1");
        var html = browser.get("/children/" + TestCouncil.AMIRA).body();
        String offered = html.substring(html.indexOf("id=\"forms-offered\""), html.indexOf("id=\"other-forms\""));
        assertThat(offered).contains("A statutory visit", "A review").doesNotContain("A care leaver contact");
        assertThat(html.substring(html.indexOf("id=\"other-forms\""))).contains("Other forms", "A care leaver contact");
        var chronology = browser.get("/children/" + TestCouncil.AMIRA + "/chronology?kind=Review").body();
        assertThat(chronology).contains("Review of arrangements held").doesNotContain("Came into care");
    }

    private static java.util.List<Integer> rows(String html) {
        var out = new ArrayList<Integer>();
        var m = ROW_NAME.matcher(html);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    private final class Browser {
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private String token = "";

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "text/html,*/*;q=0.8").GET().build(), HttpResponse.BodyHandlers.ofString());
            var m = CSRF.matcher(response.body());
            if (m.find()) {
                token = m.group(1);
            }
            return response;
        }

        Browser signIn(String username) throws IOException, InterruptedException {
            get("/login");
            String body = "_csrf=" + enc(token) + "&username=" + enc(username) + "&password=" + enc(TestCouncil.PASSWORD);
            var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
            return this;
        }

        private String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
