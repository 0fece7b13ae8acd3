package org.ourpromise.reports.figures;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/**
 * A rendered report (a whole HTML document from {@code ReportRenderer}) served to the browser as it is, so that
 * the page and its PDF are the same document. The report carries its own {@code <style>} blocks, which the
 * application's content security policy ({@code style-src 'self'}) would block: this response's policy allows
 * exactly those blocks by their SHA-256 hash and nothing else inline. A bar of links back into Promise is put
 * at the top of the body.
 */
public final class ReportPage {

    private static final Pattern STYLE = Pattern.compile("<style[^>]*>(.*?)</style>", Pattern.DOTALL);

    private ReportPage() {
    }

    /** {@code links}: text to URL (already absolute paths), shown in order. */
    public static ResponseEntity<String> of(String html, Map<String, String> links) {
        return of(html, links, "");
    }

    /** As above, with {@code controls} (trusted HTML, e.g. a period chooser) under the links. */
    public static ResponseEntity<String> of(String html, Map<String, String> links, String controls) {
        var bar = new StringBuilder("<nav class=\"report-links\" aria-label=\"Promise\"><p>");
        links.forEach((text, url) -> bar.append("<a href=\"").append(HtmlUtils.htmlEscape(url)).append("\">")
                .append(HtmlUtils.htmlEscape(text)).append("</a> | "));
        bar.setLength(bar.length() - 3);
        bar.append("</p></nav>").append(controls);
        int body = html.indexOf("<body>");
        String page = body < 0 ? html : html.substring(0, body + 6) + bar + html.substring(body + 6);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", policy(page)).body(page);
    }

    public static Map<String, String> links() {
        return new LinkedHashMap<>();
    }

    public static ResponseEntity<byte[]> pdf(byte[] pdf, String filename) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"").body(pdf);
    }

    /** A download of figures: CSV in UTF-8, named for saving. */
    public static ResponseEntity<String> csv(String csv, String filename) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"").body(csv);
    }

    private static String policy(String page) {
        var styles = new StringBuilder();
        var m = STYLE.matcher(page);
        while (m.find()) {
            styles.append(" 'sha256-").append(sha256(m.group(1))).append('\'');
        }
        return "default-src 'self'; img-src 'self' data:; style-src 'self'" + styles + "; script-src 'self'; "
                + "form-action 'self'; frame-ancestors 'none'; base-uri 'self'";
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
