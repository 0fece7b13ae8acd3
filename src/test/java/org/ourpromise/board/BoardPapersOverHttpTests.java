package org.ourpromise.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.casefile.CareRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A board paper uploaded as a browser sends it (multipart, the CSRF token a form field) to the running server, then
 * downloaded: MockMvc builds the multipart request itself, so only a real server shows that the token in the body
 * is read before the part is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:board-papers-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "promise.clock.fixed=2026-11-22", "promise.demo.enabled=false", "promise.digest.cron=-"})
class BoardPapersOverHttpTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    CareRecords records;

    @Autowired
    UserAccounts users;

    @Autowired
    BoardBook book;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aPaperUploadedThroughTheFormIsDownloadedAsItWasSent() throws Exception {
        TestCouncil.load(records, users);
        long meeting = book.addMeeting(LocalDate.of(2027, 1, 12), Meeting.Venue.IN_PERSON);
        String token = token(get("/login").body());
        var signIn = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(token) + "&username=perf1&password="
                        + enc(TestCouncil.PASSWORD))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        token = token(get("/board/meetings/" + meeting + "/new-item").body());

        byte[] pdf = "%PDF-1.4\n% a board paper\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        String boundary = "----promise-test-boundary";
        var body = new ByteArrayOutputStream();
        field(body, boundary, "_csrf", token);
        field(body, boundary, "title", "Adoption service report");
        field(body, boundary, "paperTitle", "Adoption service report, half year");
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"paper\"; filename=\"adoption.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(pdf);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var upload = client.send(HttpRequest.newBuilder(uri("/board/meetings/" + meeting + "/new-item"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode()).isEqualTo(302);
        assertThat(upload.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/board/meetings/" + meeting));

        var page = get("/board/meetings/" + meeting);
        assertThat(page.body()).contains("Agenda item added: Adoption service report", "adoption.pdf");
        var paper = book.papers(meeting).get(0);
        var download = client.send(HttpRequest.newBuilder(uri("/board/papers/" + paper.id())).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(get("/board/meetings/" + meeting).body()).doesNotContain("Agenda item added");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String token(String html) {
        var m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
