package org.ourpromise.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.casefile.CareRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16: the stylesheets, and every font and image they ask for, are served on the running server to
 * anyone, signed in or not, and a page view writes no ACCESS_DENIED row (it wrote four, one per asset refused).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:assets-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "promise.clock.fixed=2026-11-22", "promise.demo.enabled=false", "promise.digest.cron=-"})
class StaticAssetsOverHttpTests {

    private static final Pattern STYLESHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"");
    private static final Pattern URL = Pattern.compile("url\\(\"?(/[^\")]+)\"?\\)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    private CareRecords records;

    @Autowired
    private UserAccounts users;

    @Autowired
    private JdbcTemplate jdbc;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyAssetOfAPageIsServedToAnyoneAndNoneIsAuditedAsARefusal() throws Exception {
        TestCouncil.load(records, users);
        long refusalsBefore = refusals();
        var signInPage = get("/login");
        assertThat(signInPage.statusCode()).isEqualTo(200);
        var assets = assetsOf(signInPage.body());
        assertThat(assets).as("the GOV.UK fonts and crest").anyMatch(a -> a.startsWith("/assets/fonts/"))
                .anyMatch(a -> a.startsWith("/assets/images/"));
        var notServed = new ArrayList<String>();
        for (var asset : assets) {
            int status = get(asset).statusCode();
            if (status != 200) {
                notServed.add("signed out " + asset + " -> " + status);
            }
        }
        signIn("sw1");
        var home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        for (var asset : assetsOf(home.body())) {
            int status = get(asset).statusCode();
            if (status != 200) {
                notServed.add("signed in " + asset + " -> " + status);
            }
        }
        assertThat(notServed).isEmpty();
        assertThat(refusals()).isEqualTo(refusalsBefore);
    }

    /** The page's stylesheets and every url(...) they ask for. */
    private List<String> assetsOf(String page) throws Exception {
        var assets = new LinkedHashSet<String>();
        var sheets = STYLESHEET.matcher(page);
        while (sheets.find()) {
            assets.add(sheets.group(1));
            var css = get(sheets.group(1)).body();
            var urls = URL.matcher(css);
            while (urls.find()) {
                assets.add(urls.group(1));
            }
        }
        return List.copyOf(assets);
    }

    private long refusals() {
        Long n = jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED'", Long.class);
        return n == null ? 0 : n;
    }

    private void signIn(String username) throws Exception {
        var form = get("/login").body();
        var token = CSRF.matcher(form);
        assertThat(token.find()).isTrue();
        String body = "username=" + username + "&password=" + URLEncoder.encode(TestCouncil.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html,*/*;q=0.8").GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
