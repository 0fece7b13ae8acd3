package org.ourpromise.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.staff.StaffDirectory;
import org.ourpromise.staff.StaffMember;
import org.ourpromise.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in with the council's identity provider against a real OpenID Connect provider: Spring Authorization
 * Server, started by this test on a random port (at {@code localhost}), with people whose ID tokens carry an
 * email and groups. Promise runs on another random port (reached at {@code 127.0.0.1}, so the two keep their own
 * cookies) configured against it, and a user signs in through the whole redirect flow with an HTTP client that
 * follows redirects and keeps cookies, as a browser does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:oidc;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "promise.clock.fixed=2026-11-22", "promise.demo.enabled=false", "promise.digest.cron=-"})
class OidcSignInTests {

    private static final String PROVIDER_PASSWORD = "provider-password-1";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*?value=\"([^\"]+)\"");
    private static final String HTML = "text/html,application/xhtml+xml,*/*;q=0.8";

    /** The provider's people: their email and groups (G-SW and G-TM are mapped to roles, G-OTHER is not). */
    private static final Map<String, Person> PEOPLE = Map.of(
            "alex", new Person("Alex.New@council.example", "Alex New", List.of("G-OTHER", "g-sw")),
            "sam", new Person("sam.social@council.example", "Sam S", List.of("G-TM")),
            "nobody", new Person("no.body@council.example", "No Body", List.of("G-OTHER")),
            "both", new Person("both.roles@council.example", "Bo Th", List.of("G-SW", "G-TM")),
            "leaver", new Person("leaver@council.example", "Lee Ver", List.of("G-SW")));

    private static ConfigurableApplicationContext provider;
    private static int providerPort;

    record Person(String email, String name, List<String> groups) {
    }

    /** The identity provider: Spring Boot's Authorization Server configured by properties, and its people. */
    @EnableAutoConfiguration
    static class IdentityProvider {

        @Bean
        UserDetailsService people() {
            var users = new InMemoryUserDetailsManager();
            PEOPLE.keySet().forEach(name -> users.createUser(
                    User.withUsername(name).password("{noop}" + PROVIDER_PASSWORD).roles("USER").build()));
            return users;
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claims() {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    var person = PEOPLE.get(context.getPrincipal().getName());
                    context.getClaims().claim("email", person.email()).claim("name", person.name())
                            .claim("groups", person.groups());
                }
            };
        }
    }

    @DynamicPropertySource
    static void againstTheProvider(DynamicPropertyRegistry registry) {
        if (provider == null) {
            String client = "spring.security.oauth2.authorizationserver.client.promise.";
            provider = new SpringApplicationBuilder(IdentityProvider.class).properties(
                    "spring.config.name=oidc-provider", "server.port=0", "spring.main.banner-mode=off",
                    "spring.flyway.enabled=false", "spring.sql.init.mode=never",
                    "server.servlet.session.cookie.name=PROVIDERSESSION",
                    client + "registration.client-id=promise",
                    client + "registration.client-secret={noop}promise-secret",
                    client + "registration.client-authentication-methods=client_secret_basic",
                    client + "registration.authorization-grant-types=authorization_code",
                    // a loopback address: the provider accepts it on any port (Promise's is random)
                    client + "registration.redirect-uris=http://127.0.0.1/login/oauth2/code/council",
                    client + "registration.scopes=openid,profile,email",
                    client + "require-proof-key=true",
                    client + "require-authorization-consent=false").run();
            providerPort = ((WebServerApplicationContext) provider).getWebServer().getPort();
        }
        registry.add("promise.oidc.issuer-uri", () -> "http://localhost:" + providerPort);
        registry.add("promise.oidc.client-id", () -> "promise");
        registry.add("promise.oidc.client-secret", () -> "promise-secret");
        registry.add("promise.oidc.roles.G-SW", () -> "SOCIAL_WORKER");
        registry.add("promise.oidc.roles.g-tm", () -> "team_manager");
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.close();
            provider = null;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    CareRecords records;

    @Autowired
    UserAccounts users;

    @Autowired
    StaffDirectory staff;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void council() {
        TestCouncil.load(records, users);
        if (staff.find("SW077").isEmpty()) {
            staff.addAll(List.of(new StaffMember("SW077", "Alex New", StaffRole.SOCIAL_WORKER, "T1",
                    "alex.new@council.example", false, BigDecimal.ONE, LocalDate.of(2025, 1, 6), null, 0)));
            users.setEmail("sw1", "Sam.Social@council.example");
            users.addUser("leaver1", "Lee Ver", TestCouncil.PASSWORD, Role.SOCIAL_WORKER, "T1", null);
            users.setEmail("leaver1", "leaver@council.example");
            jdbc.update("update app_user set enabled = false where username = 'leaver1'");
        }
    }

    @Test
    @DisplayName("a new user signs in through the provider with PKCE: role from their group, worker id and team "
            + "from the staff member with their email, audited; their team's child is theirs to see")
    void signsInWithRoleAndStaffMatch() throws Exception {
        var browser = new Browser();
        var login = browser.get(promise("/login"));
        assertThat(login.body()).contains("Sign in with your council account", "/oauth2/authorization/council",
                "Or sign in with a Promise username and password");

        var home = browser.signInAtProvider("alex");
        assertThat(home.uri().toString()).isEqualTo(promise("/"));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Alex New");
        var authorize = browser.visited.stream().filter(u -> u.getPath().equals("/oauth2/authorize")).findFirst();
        assertThat(authorize).as("the authorization request").hasValueSatisfying(u -> assertThat(u.getQuery())
                .contains("response_type=code", "code_challenge=", "code_challenge_method=S256", "scope=openid"));

        var account = jdbc.queryForMap("select * from app_user where lower(email) = 'alex.new@council.example'");
        assertThat(account).containsEntry("username", "alex.new").containsEntry("role", "SOCIAL_WORKER")
                .containsEntry("worker_id", "SW077").containsEntry("team_id", "T1").containsEntry("enabled", true);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where username = 'alex.new'"
                + " and action = 'SIGN_IN'", Long.class)).isEqualTo(1);
        assertThat(browser.get(promise("/children/" + TestCouncil.AMIRA)).statusCode()).isEqualTo(200);
        assertThat(browser.get(promise("/children/" + TestCouncil.JACK)).statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("someone with an account signs in to it by email, with the role their groups give now")
    void existingAccountByEmail() throws Exception {
        var home = new Browser().signInAtProvider("sam");
        assertThat(home.uri().toString()).isEqualTo(promise("/"));
        assertThat(home.body()).contains("Sam Social Worker");
        assertThat(jdbc.queryForObject("select role from app_user where username = 'sw1'", String.class))
                .isEqualTo("TEAM_MANAGER");
        assertThat(jdbc.queryForObject("select count(*) from app_user where lower(email) like 'sam.social%'",
                Long.class)).as("no second account").isEqualTo(1);
    }

    @Test
    @DisplayName("groups that give no role, or two roles, and a deactivated account are refused with a clear page;"
            + " no account is made")
    void refusals() throws Exception {
        long accounts = jdbc.queryForObject("select count(*) from app_user", Long.class);
        Map<String, String> expected = Map.of(
                "nobody", "not in any of the groups that give access to Promise",
                "both", "groups of more than one role",
                "leaver", "Your Promise account has been deactivated");
        for (var e : expected.entrySet()) {
            var page = new Browser().signInAtProvider(e.getKey());
            assertThat(page.uri().getPath()).as(e.getKey()).isEqualTo("/login");
            assertThat(page.uri().getPort()).isEqualTo(port);
            assertThat(text(page)).as(e.getKey()).contains("You cannot sign in to Promise", e.getValue())
                    .doesNotContain("Sorry, there is a problem");
        }
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).isEqualTo(accounts);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where username = 'leaver1'"
                + " and action = 'SIGN_IN_FAILED'", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where username = 'no.body@council.example'"
                + " and action = 'SIGN_IN_FAILED'", Long.class)).isEqualTo(1);
    }

    @Test
    @DisplayName("a return from the provider that Promise did not start (forged, or replayed) is refused, "
            + "and the sign-in page says it did not work")
    void forgedReturn() throws Exception {
        var page = new Browser().get(promise("/login/oauth2/code/council?code=made-up&state=made-up"));
        assertThat(page.uri().getPath()).isEqualTo("/login");
        assertThat(page.uri().getQuery()).isEqualTo("refused=failed");
        assertThat(text(page)).contains("Signing in with your council account did not work");
    }

    @Test
    @DisplayName("deactivated while signed in with the provider: the next request ends the session")
    void deactivatedMidSession() throws Exception {
        jdbc.update("delete from audit_event where username = 'alex.new'");
        var browser = new Browser();
        browser.signInAtProvider("alex");
        assertThat(browser.get(promise("/")).uri().toString()).isEqualTo(promise("/"));
        jdbc.update("update app_user set enabled = false where username = 'alex.new'");
        try {
            var page = browser.get(promise("/"));
            assertThat(page.uri().getPath()).isEqualTo("/login");
            assertThat(text(page)).contains("Your account has been deactivated, so you have been signed out");
            jdbc.update("update app_user set enabled = true where username = 'alex.new'");
            assertThat(browser.get(promise("/")).uri().getPath()).as("the session is gone").isEqualTo("/login");
        } finally {
            jdbc.update("update app_user set enabled = true where username = 'alex.new'");
        }
    }

    @Test
    @DisplayName("with the provider configured, local passwords still sign in")
    void localPasswordsStillWork() throws Exception {
        var browser = new Browser();
        var login = browser.get(promise("/login"));
        var token = browser.token(login.body());
        var home = browser.post(promise("/login"), Map.of("username", "sw2", "password", TestCouncil.PASSWORD,
                "_csrf", token));
        assertThat(home.uri().toString()).isEqualTo(promise("/"));
        assertThat(home.body()).contains("Sol Social Worker");
    }

    private static String text(HttpResponse<String> page) {
        return page.body().replaceAll("\\s+", " ");
    }

    private String promise(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** A browser: follows redirects (a POST's as a GET), keeps each host's cookies, remembers where it went. */
    private final class Browser {
        private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private final Map<String, Map<String, String>> cookies = new HashMap<>();
        final List<URI> visited = new ArrayList<>();

        HttpResponse<String> get(String url) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(url)).GET());
        }

        HttpResponse<String> post(String url, Map<String, String> form) throws IOException, InterruptedException {
            var body = new StringBuilder();
            form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(enc(k)).append('=').append(enc(v)));
            return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type",
                    "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        }

        /** From Promise's sign-in page to the provider's, signs in there, and follows the way back. */
        HttpResponse<String> signInAtProvider(String person) throws IOException, InterruptedException {
            var page = get(promise("/oauth2/authorization/council"));
            assertThat(page.uri().getPath()).as("the provider's sign-in page").isEqualTo("/login");
            assertThat(page.uri().getHost()).isEqualTo("localhost");
            return post(page.uri().toString(), Map.of("username", person, "password", PROVIDER_PASSWORD,
                    "_csrf", token(page.body())));
        }

        String token(String html) {
            var m = CSRF.matcher(html);
            assertThat(m.find()).as("a CSRF token on the page").isTrue();
            return m.group(1);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            for (int hops = 0; hops < 20; hops++) {
                var built = request.header("Accept", HTML).build();
                var uri = built.uri();
                visited.add(uri);
                var jar = cookies.computeIfAbsent(uri.getHost() + ":" + uri.getPort(), k -> new HashMap<>());
                if (!jar.isEmpty()) {
                    built = HttpRequest.newBuilder(built, (n, v) -> true).header("Cookie", String.join("; ",
                            jar.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList())).build();
                }
                var response = client.send(built, HttpResponse.BodyHandlers.ofString());
                for (var set : response.headers().allValues("Set-Cookie")) {
                    var pair = set.split(";", 2)[0].split("=", 2);
                    jar.put(pair[0].strip(), pair[1].strip());
                }
                var location = response.headers().firstValue("Location");
                if (response.statusCode() / 100 != 3 || location.isEmpty()) {
                    return response;
                }
                request = HttpRequest.newBuilder(uri.resolve(location.get())).GET();
            }
            throw new AssertionError("too many redirects");
        }

        private String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
