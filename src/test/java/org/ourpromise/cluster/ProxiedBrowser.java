package org.ourpromise.cluster;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser for the two-server test: keeps its cookies (they are the host's, not the port's, so the
 * same session cookie goes to the proxy and to each server directly), follows redirects, and posts forms with
 * the CSRF token of the page they came from.
 */
final class ProxiedBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    record Page(int status, String body, String servedBy) {
    }

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();

    Page get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** Opens the form's page, then posts the fields with the page's CSRF token. */
    Page submit(String formUrl, String postUrl, Map<String, String> fields) throws IOException, InterruptedException {
        var form = get(formUrl);
        var token = CSRF.matcher(form.body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on " + formUrl + " (status " + form.status() + ")");
        }
        var all = new LinkedHashMap<>(fields);
        all.put("_csrf", token.group(1));
        var body = all.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(postUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Page send(HttpRequest.Builder request) throws IOException, InterruptedException {
        var response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Page(response.statusCode(), response.body(),
                response.headers().firstValue("X-Served-By").orElse("(direct)"));
    }

    /** The page as a person sees it: without the per-page CSRF token and style nonce. */
    static String withoutTokens(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "name=\"_csrf\"")
                .replaceAll("nonce=\"[^\"]+\"", "nonce");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
