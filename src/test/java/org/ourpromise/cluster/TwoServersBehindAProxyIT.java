package org.ourpromise.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.ourpromise.PromiseApplication;
import org.ourpromise.TestCouncil;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.support.EmbeddedPostgresql;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two Promise servers on one PostgreSQL behind Debian's HAProxy, all on loopback (decisions 0075 to 0077): a
 * social worker signs in through the proxy, the proxy sends their requests to both servers, a visit recorded on
 * one server shows on the other's worklist at once, one server is stopped mid-session and the worker carries on,
 * and the daily jobs (the digest, the worklist warm-up), due on both servers at once, run once. With forwarded headers trusted, a request the
 * proxy received over TLS gets HSTS and a Secure cookie.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class TwoServersBehindAProxyIT {

    private static final String CHILD = "/children/" + TestCouncil.AMIRA;

    private static String url;
    private static JdbcTemplate jdbc;
    private static GreenMail smtp;
    private static ConfigurableApplicationContext serverA;
    private static ConfigurableApplicationContext serverB;
    private static Process haproxy;
    private static Path haproxyDir;
    private static int proxyPort;

    @BeforeAll
    static void startTwoServersAndTheProxy() throws Exception {
        url = EmbeddedPostgresql.freshDatabase("cluster_it");
        Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration", "classpath:db/vendor/postgresql").load().migrate();
        jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "postgres", ""));
        // The digest is due every two seconds on both servers; held back by a lock until both are up.
        jdbc.update("insert into shedlock (name, lock_until, locked_at, locked_by) values"
                + " ('daily-digest', timezone('utc', current_timestamp) + interval '1 day',"
                + " timezone('utc', current_timestamp), 'the test')");
        jdbc.update("insert into shedlock (name, lock_until, locked_at, locked_by) values"
                + " ('worklist-warm-up', timezone('utc', current_timestamp) + interval '1 day',"
                + " timezone('utc', current_timestamp), 'the test')");
        smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        serverA = start("a");
        TestCouncil.load(serverA.getBean(CareRecords.class), serverA.getBean(UserAccounts.class));
        serverB = start("b");
        proxyPort = freePort();
        haproxy = startHaproxy(port(serverA), port(serverB));
    }

    @AfterAll
    static void stopEverything() throws IOException {
        if (haproxy != null) {
            haproxy.destroy();
        }
        for (var server : new ConfigurableApplicationContext[] {serverA, serverB}) {
            if (server != null && server.isActive()) {
                server.close();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (haproxyDir != null) {
            try (var files = Files.walk(haproxyDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    @Order(2)
    void aWorkerSignsInThroughTheProxyAndCarriesOnWhenAServerStops() throws Exception {
        var browser = new ProxiedBrowser();
        var proxy = "http://127.0.0.1:" + proxyPort;
        var signedIn = browser.submit(proxy + "/login", proxy + "/login",
                Map.of("username", "sw1", "password", TestCouncil.PASSWORD));
        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(signedIn.body()).contains("Sam Social Worker");

        Set<String> servedBy = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            var home = browser.get(proxy + "/");
            assertThat(home.status()).isEqualTo(200);
            assertThat(home.body()).contains("Sam Social Worker");
            servedBy.add(home.servedBy());
        }
        assertThat(servedBy).as("the proxy shares the requests out").containsExactlyInAnyOrder("a", "b");

        // Both servers have the worklist in memory; a visit recorded on A changes what B shows at once.
        var a = "http://127.0.0.1:" + port(serverA);
        var b = "http://127.0.0.1:" + port(serverB);
        var before = browser.get(b + "/worklist").body();
        assertThat(browser.get(a + "/worklist").body()).isNotEmpty();
        var saved = browser.submit(a + CHILD + "/record/visit", a + CHILD + "/record/visit", visitOn("22"));
        assertThat(saved.status()).isEqualTo(200);
        var afterOnB = ProxiedBrowser.withoutTokens(browser.get(b + "/worklist").body());
        assertThat(afterOnB).isNotEqualTo(ProxiedBrowser.withoutTokens(before))
                .isEqualTo(ProxiedBrowser.withoutTokens(browser.get(a + "/worklist").body()));

        serverB.close();
        Set<String> afterStop = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            var page = browser.get(proxy + CHILD);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("Amira Khan").doesNotContain("id=\"password\"");
            afterStop.add(page.servedBy());
        }
        assertThat(afterStop).containsExactly("a");
        var savedAfterStop = browser.submit(proxy + CHILD + "/record/visit", proxy + CHILD + "/record/visit",
                visitOn("21"));
        assertThat(savedAfterStop.status()).isEqualTo(200);
        assertThat(savedAfterStop.body()).doesNotContain("There is a problem").doesNotContain("id=\"password\"");
    }

    @Test
    @Order(1)
    void theDailyJobsDueOnBothServersRunOnce(CapturedOutput output) throws Exception {
        jdbc.update("update shedlock set lock_until = timezone('utc', current_timestamp) - interval '1 second'"
                + " where name in ('daily-digest', 'worklist-warm-up')");
        TimeUnit.SECONDS.sleep(7); // three or four times due on each server
        assertThat(digestRuns()).isEqualTo(1);
        assertThat(output.getAll().split("worked out for the new day", -1)).as("nightly warm-up runs").hasSize(2);
        var recipients = java.util.Arrays.stream(smtp.getReceivedMessages()).map(m -> {
            try {
                return List.of(m.getAllRecipients()).toString() + m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(recipients).as("nobody gets the same digest twice").doesNotHaveDuplicates();
    }

    /** With forwarded headers trusted (as operations.md says), TLS at the proxy gives HSTS and a Secure cookie. */
    @Test
    @Order(3)
    void behindTlsAtTheProxyTheCookieIsSecureAndHstsIsSent() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port(serverA) + "/login"))
                .header("X-Forwarded-Proto", "https").GET().build();
        var response = client.send(request, java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("SESSION=").contains("Secure").contains("HttpOnly").contains("SameSite=Lax"));
        var plain = client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port(serverA) + "/login")).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private static long digestRuns() {
        Long n = jdbc.queryForObject("select count(*) from audit_event where username = 'system'"
                + " and detail like 'daily digest emailed to %'", Long.class);
        return n == null ? 0 : n;
    }

    private static Map<String, String> visitOn(String day) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("date-day", day);
        fields.put("date-month", "11");
        fields.put("date-year", "2026");
        fields.put("seenAlone", "yes");
        return fields;
    }

    /** Settings as command-line arguments: they win over application.properties (default properties do not). */
    private static ConfigurableApplicationContext start(String name) {
        var settings = Map.ofEntries(
                Map.entry("spring.datasource.url", url), Map.entry("spring.datasource.username", "postgres"),
                Map.entry("spring.datasource.password", ""), Map.entry("server.port", "0"),
                Map.entry("server.address", "127.0.0.1"), Map.entry("promise.demo.enabled", "false"),
                Map.entry("promise.clock.fixed", "2026-11-22"), Map.entry("promise.sessions.in-database", "true"),
                Map.entry("promise.digest.cron", "*/2 * * * * *"),
                Map.entry("promise.worklists.warm-up-cron", "*/2 * * * * *"), Map.entry("spring.mail.host", "127.0.0.1"),
                Map.entry("spring.mail.port", String.valueOf(smtp.getSmtp().getPort())),
                Map.entry("server.forward-headers-strategy", "native"),
                Map.entry("spring.application.name", "promise-" + name));
        return new SpringApplicationBuilder(PromiseApplication.class)
                .run(settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext server) {
        return ((WebServerApplicationContext) server).getWebServer().getPort();
    }

    /** Round robin, health checked twice a second, a failed connection retried on the other server. */
    private static Process startHaproxy(int a, int b) throws IOException, InterruptedException {
        haproxyDir = Files.createTempDirectory("haproxy-it");
        var config = haproxyDir.resolve("haproxy.cfg");
        Files.writeString(config, String.join("\n",
                "global", "  maxconn 200",
                "defaults", "  mode http", "  timeout connect 2s", "  timeout client 60s", "  timeout server 60s",
                "  retries 3", "  option redispatch 1",
                "frontend promise", "  bind 127.0.0.1:" + proxyPort, "  default_backend servers",
                "backend servers", "  balance roundrobin", "  option httpchk GET /login",
                "  http-response set-header X-Served-By %[srv_name]",
                "  server a 127.0.0.1:" + a + " check inter 500ms fall 1 rise 1",
                "  server b 127.0.0.1:" + b + " check inter 500ms fall 1 rise 1", ""));
        var process = new ProcessBuilder("haproxy", "-db", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(haproxyDir.resolve("haproxy.log").toFile()).start();
        for (int i = 0; i < 50; i++) {
            try (var socket = new java.net.Socket("127.0.0.1", proxyPort)) {
                return process;
            } catch (IOException notYet) {
                TimeUnit.MILLISECONDS.sleep(100);
            }
        }
        throw new IllegalStateException("HAProxy did not start: " + Files.readString(haproxyDir.resolve("haproxy.log")));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
