package org.ourpromise.mypromise;

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
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ourpromise.access.Role;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.casefile.CareRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * My Promise on the running server with the demo council, over HTTP as a phone's browser sees it: the demo young
 * people sign in through the sign-in form and land on their own pages, every page has something on it, staff pages
 * refuse them, and a worker's code makes a young person's account that signs in, the code working once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:mypromise-http-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "promise.clock.fixed=2026-11-22", "promise.demo.enabled=true", "promise.digest.cron=-"})
class MyPromiseServerTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    CareRecords records;

    @Test
    void theDemoYoungPeopleAreTheRightAgeAndSeeEveryPageOfTheirOwn() throws Exception {
        for (var who : Map.of("young.person", 15, "care.leaver", 19).entrySet()) {
            assertThat(users.loadUserByUsername(who.getKey()).role()).isEqualTo(Role.YOUNG_PERSON);
            var child = records.load(users.childOf(who.getKey())).orElseThrow();
            assertThat(Period.between(child.dateOfBirth(), TODAY).getYears()).isEqualTo(who.getValue());

            var browser = new Browser();
            var signedIn = browser.signIn(who.getKey(), "promise-demo");
            assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/");
            var home = browser.send("GET", "/", Map.of());
            assertThat(home.statusCode()).isEqualTo(302);
            assertThat(home.headers().firstValue("Location").orElse("")).endsWith("/me");
            for (var path : MyPromiseTests.PAGES) {
                var page = browser.send("GET", path, Map.of());
                assertThat(page.statusCode()).as(who.getKey() + " " + path).isEqualTo(200);
                assertThat(page.body()).as(path).contains(child.identity().givenName())
                        .doesNotContain(child.childId());
            }
            assertThat(browser.send("GET", "/me/tell", Map.of()).body()).contains("Their answer:");
            assertThat(browser.send("GET", "/me/workers", Map.of()).body()).doesNotContain("Your worker,");
            assertThat(browser.send("GET", "/worklist", Map.of()).statusCode()).isEqualTo(403);
            assertThat(browser.send("GET", "/children/" + child.childId(), Map.of()).statusCode()).isEqualTo(403);
        }
        var teen = new Browser();
        teen.signIn("young.person", "promise-demo");
        assertThat(teen.send("GET", "/me/review", Map.of()).body()).contains("What you have told your IRO");
        var leaver = new Browser();
        leaver.signIn("care.leaver", "promise-demo");
        assertThat(leaver.send("GET", "/me/plan", Map.of()).body()).contains("Your pathway plan");
    }

    @Test
    void aWorkersCodeMakesAnAccountThatWorksOnce() throws Exception {
        // another child of the demo social worker's, old enough and without an account
        String socialWorker = users.loadUserByUsername("social.worker").workerId();
        String mine = users.childOf("young.person");
        String childId = records.loadAll().stream()
                .filter(c -> !c.childId().equals(mine) && Period.between(c.dateOfBirth(), TODAY).getYears() >= 11)
                .filter(c -> c.episodes().stream().anyMatch(e -> e.isOpenAt(TODAY)))
                .filter(c -> c.allocations().stream().anyMatch(a -> a.workerId().equals(socialWorker) && a.isCurrentOn(TODAY)))
                .map(c -> c.childId()).sorted().findFirst().orElseThrow();
        var worker = new Browser();
        worker.signIn("social.worker", "promise-demo");
        assertThat(worker.send("GET", "/worklist", Map.of()).body()).contains("Answer a message from My Promise");
        var made = worker.send("POST", "/children/" + childId + "/my-promise", Map.of());
        assertThat(made.statusCode()).isEqualTo(200);
        var code = CODE.matcher(made.body());
        assertThat(code.find()).isTrue();

        var young = new Browser();
        young.send("GET", "/me/join", Map.of());
        var joined = young.send("POST", "/me/join", Map.of("code", code.group(), "username", "new.kid",
                "password", "green-kettle-orbit-sand", "confirm", "green-kettle-orbit-sand"));
        assertThat(joined.body()).contains("You are ready").contains("new.kid");
        assertThat(users.childOf("new.kid")).isEqualTo(childId);
        var again = young.send("POST", "/me/join", Map.of("code", code.group(), "username", "other.kid",
                "password", "green-kettle-orbit-sand", "confirm", "green-kettle-orbit-sand"));
        assertThat(again.body()).contains("That code has been used already");

        var fresh = new Browser();
        var signedIn = fresh.signIn("new.kid", "green-kettle-orbit-sand");
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(fresh.send("GET", "/me", Map.of()).statusCode()).isEqualTo(200);
    }

    /** A browser with its own cookies, following no redirects, posting the page's CSRF token. */
    private final class Browser {
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private String token = "";

        HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
            send("GET", "/login", Map.of());
            return send("POST", "/login", Map.of("username", username, "password", password));
        }

        HttpResponse<String> send(String method, String path, Map<String, String> form)
                throws IOException, InterruptedException {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "text/html");
            if (method.equals("POST")) {
                var fields = new LinkedHashMap<>(form);
                fields.put("_csrf", token);
                String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                        .collect(Collectors.joining("&"));
                request.header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body));
            } else {
                request.GET();
            }
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            var m = CSRF.matcher(response.body());
            if (m.find()) {
                token = m.group(1);
            }
            return response;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
