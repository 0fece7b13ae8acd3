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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.complaints.ComplaintRegister;
import org.ourpromise.complaints.LoggedComplaint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Refusals on the running server, over HTTP as a browser sees them (MockMvc does not run the error page):
 * every endpoint of {@link AccessControlTests}'s table, as every role signed in through the sign-in form, with
 * a child in the role's scope, one out of it and one who does not exist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:refusals-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "promise.clock.fixed=2026-11-22", "promise.demo.enabled=false", "promise.digest.cron=-"})
class RefusalsOverHttpTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final String NO_SUCH_CHILD = "C9999";
    /** What a browser asks for: without it the error answer is JSON. */
    private static final String HTML = "text/html,application/xhtml+xml,*/*;q=0.8";

    /** A child each role may see, and one it may not (null: the role sees every child, or none). */
    private static final Map<Role, String[]> CHILDREN = Map.ofEntries(
            Map.entry(Role.SOCIAL_WORKER, new String[] {TestCouncil.AMIRA, TestCouncil.JACK}),
            Map.entry(Role.TEAM_MANAGER, new String[] {TestCouncil.AMIRA, TestCouncil.JACK}),
            Map.entry(Role.INDEPENDENT_REVIEWING_OFFICER, new String[] {TestCouncil.AMIRA, TestCouncil.JACK}),
            Map.entry(Role.PERSONAL_ADVISER, new String[] {TestCouncil.LEAH, TestCouncil.JACK}),
            Map.entry(Role.PERFORMANCE_OFFICER, new String[] {TestCouncil.JACK, null}),
            Map.entry(Role.BOARD_MEMBER, new String[] {null, TestCouncil.AMIRA}),
            Map.entry(Role.ADMINISTRATOR, new String[] {null, TestCouncil.AMIRA}),
            Map.entry(Role.COMPLAINTS_OFFICER, new String[] {null, TestCouncil.AMIRA}),
            Map.entry(Role.IRO_MANAGER, new String[] {TestCouncil.JACK, null}),
            Map.entry(Role.PARTNER, new String[] {null, TestCouncil.AMIRA}),
            Map.entry(Role.VIRTUAL_SCHOOL_HEAD, new String[] {null, TestCouncil.AMIRA}),
            Map.entry(Role.HEALTH_NURSE, new String[] {null, TestCouncil.AMIRA}),
            Map.entry(Role.PARTICIPATION_OFFICER, new String[] {null, TestCouncil.AMIRA}),
            // a young person's account (linked to Amira) opens no staff page about any child, Amira included
            Map.entry(Role.YOUNG_PERSON, new String[] {null, TestCouncil.AMIRA}));

    @LocalServerPort
    int port;

    @Autowired
    CareRecords records;

    @Autowired
    UserAccounts users;

    @Autowired
    ComplaintRegister complaints;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static String complaint = "CP2026-0001";

    @BeforeEach
    void council() {
        TestCouncil.load(records, users);
        if (complaints.find(complaint).isEmpty()) {
            complaint = complaints.add(TestCouncil.JACK, TestCouncil.TODAY.minusDays(20), "Delay in finding a home",
                    LoggedComplaint.MadeBy.CHILD, "co1");
        }
    }

    /** A browser: its own cookies, no redirects followed, and the CSRF token of the last page it read. */
    private final class Browser {
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private String token = "";

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            var response = client.send(HttpRequest.newBuilder(uri(path)).header("Accept", HTML).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            var m = CSRF.matcher(response.body());
            if (m.find()) {
                token = m.group(1);
            }
            return response;
        }

        HttpResponse<String> post(String path, Map<String, String> form, boolean withToken)
                throws IOException, InterruptedException {
            var body = new StringBuilder(withToken ? "_csrf=" + enc(token) : "");
            form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(enc(k)).append('=').append(enc(v)));
            return client.send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", HTML)
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
            if (method.equals("GET")) {
                return get(path);
            }
            // the walk's order changes from run to run (Map.of); a page may renew the session's token, so a post takes
            // the token a browser would have: the one on the page it was sent from (any signed-in page carries it)
            get("/accessibility");
            return post(path, Map.of(), true);
        }

        Browser signIn(String username) throws IOException, InterruptedException {
            get("/login");
            var response = post("/login", Map.of("username", username, "password", TestCouncil.PASSWORD), true);
            assertThat(response.headers().firstValue("Location")).as(username + " signs in").hasValueSatisfying(
                    l -> assertThat(l).endsWith("/"));
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

    private String path(String pattern, String childId) {
        return pattern.replace("{childId}", childId).replace("{form}", "review").replace("{rule}", "SW01bSTG1")
                .replace("{id}", "99").replace("{change}", "retire").replace("{key}", "cla.at_31_march")
                .replace("{reference}", complaint).replace("{username}", "pa1").replace("{workerId}", "SW001")
                .replace("{kind}", "challenge").replace("{date}", "2024-05-28").replace("{actionId}", "99");
    }

    @Test
    @DisplayName("every endpoint × every role × a child in scope, out of scope and unknown: 403, 404 or served")
    void everyEndpointAsEveryRole() throws Exception {
        var wrong = new ArrayList<String>();
        for (var role : Role.values()) {
            var browser = new Browser().signIn(AccessControlTests.USERS_BY_ROLE.get(role.name()));
            for (var endpoint : AccessControlTests.REQUIRED.entrySet()) {
                String[] parts = endpoint.getKey().split(" ", 2);
                boolean permitted = permitted(role, endpoint.getValue());
                if (!parts[1].contains("{childId}")) {
                    check(wrong, browser, role, parts[0], path(parts[1], ""), permitted ? null : 403);
                    continue;
                }
                String in = CHILDREN.get(role)[0];
                String out = CHILDREN.get(role)[1];
                if (in != null) {
                    check(wrong, browser, role, parts[0], path(parts[1], in), permitted ? null : 403);
                }
                // "A|B": B reaches every child (the Virtual School Head's education pages), so no child is out of scope
                boolean everyChild = reachesEveryChild(role, endpoint.getValue());
                if (out != null) {
                    check(wrong, browser, role, parts[0], path(parts[1], out), everyChild ? null : 403);
                }
                // a child who does not exist is not found by anyone who may look for children
                // (the Virtual School's own pages refuse a role without the permission before looking for the child)
                boolean refusedFirst = parts[1].startsWith("/virtual-school/") && !permitted;
                check(wrong, browser, role, parts[0], path(parts[1], NO_SUCH_CHILD), !refusedFirst
                        && (role.permissions().contains(Permission.VIEW_CHILD_RECORDS) || everyChild) ? 404 : 403);
            }
            check(wrong, browser, role, "GET", "/no-such-page", 404);
            check(wrong, browser, role, "POST", "/no-such-page", 404);
            check(wrong, browser, role, "GET", "/children/" + TestCouncil.AMIRA + "/no-such-page", 404);
        }
        assertThat(wrong).isEmpty();
    }

    /** Expected null: served (any status below 400 but a redirect to sign in, or a 404 of a made-up id). */
    private static void check(List<String> wrong, Browser browser, Role role, String method, String path,
            @Nullable Integer expected) throws IOException, InterruptedException {
        var response = browser.send(method, path);
        int status = response.statusCode();
        String what = role + " " + method + " " + path + " -> " + status;
        if (expected == null) {
            // a made-up id (a lateness reason, an alert, a staff member) is not found; a post without its fields is a bad request
            boolean fine = status < 400 || (path.matches(".*/99(/.*)?") || path.endsWith("/SW001")) && status == 404
                    // only Amira had a review on the made-up date; the caseload CSV needs a worker or a team
                    || path.contains("/iro/reviews/") && !path.contains(TestCouncil.AMIRA) && status == 404
                    // and the timeliness CSV a count from the table (a rule and an outcome)
                    || (path.equals("/caseload.csv") || path.equals("/timeliness.csv")) && status == 400
                    || method.equals("POST") && status == 400
                    // the sample measure key is not one of the health service's measures
                    || path.startsWith("/health/figures/") && status == 404
                    || path.startsWith("/virtual-school/figures/") && status == 404
                    // the sample key is a figure of the return: only figures from the record have lists as CSV
                    || path.startsWith("/dashboard/") && path.endsWith(".csv") && status == 404;
            if (!fine || response.headers().firstValue("Location").orElse("").endsWith("/login")) {
                wrong.add(what + " (expected served)");
            }
            return;
        }
        if (status != expected) {
            wrong.add(what + " (expected " + expected + ")");
        } else if (status == 403 && !response.body().contains("You do not have access to this page")) {
            wrong.add(what + " without the 'You do not have access' page");
        } else if (status == 404 && !response.body().contains("Page not found")) {
            wrong.add(what + " without the 'Page not found' page");
        }
    }

    private static boolean reachesEveryChild(Role role, String required) {
        // "A|B|C": every alternative after the first reaches every child
        return required.contains("|") && java.util.Arrays.stream(required.split("\\|")).skip(1)
                .anyMatch(p -> role.permissions().contains(Permission.valueOf(p)));
    }

    private static boolean permitted(Role role, String required) {
        if (required.equals("PUBLIC") || required.equals("SIGNED_IN")) {
            return true;
        }
        if (required.contains("|")) {
            return java.util.Arrays.stream(required.split("\\|")).anyMatch(p -> permitted(role, p));
        }
        for (var p : required.split("\\+")) {
            if (!role.permissions().contains(Permission.valueOf(p))) {
                return false;
            }
        }
        return true;
    }

    @Test
    @DisplayName("a form posted without its CSRF token: 403 'The form has expired', signed in or not; "
            + "signed out, a protected page sends you to sign in and an unknown one too")
    void csrfAndSignedOut() throws Exception {
        var browser = new Browser().signIn("co1");
        var refused = browser.post("/complaints/new", Map.of("summary", "x"), false);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("The form has expired").doesNotContain("Sorry, there is a problem");

        var socialWorker = new Browser().signIn("sw1");
        assertThat(socialWorker.get("/children/" + TestCouncil.JACK).statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where username = 'sw1'"
                + " and action = 'ACCESS_DENIED' and child_id = ?", Long.class, TestCouncil.JACK))
                .as("the refusal records the child asked for").isPositive();

        long anonymousRows = jdbc.queryForObject("select count(*) from audit_event where username = 'anonymous'",
                Long.class);
        var stranger = new Browser();
        for (int i = 0; i < 5; i++) {
            stranger.post("/complaints/new", Map.of("summary", "x"), false);
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where username = 'anonymous'", Long.class))
                .as("posts without a token from someone signed out are not written one row each")
                .isEqualTo(anonymousRows);
        var anonymous = stranger.post("/login", Map.of("username", "co1", "password", "x"), false);
        assertThat(anonymous.statusCode()).isEqualTo(403);
        assertThat(anonymous.body()).contains("The form has expired");
        for (var path : List.of("/children/" + TestCouncil.AMIRA, "/no-such-page", "/admin/audit")) {
            var r = stranger.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(302);
            assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }
}
