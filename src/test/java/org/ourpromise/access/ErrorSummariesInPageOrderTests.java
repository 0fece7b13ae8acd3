package org.ourpromise.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;

/**
 * Every form with an error summary, posted empty: the summary's links point at fields that are on the page, in
 * the order the fields come. The forms are every POST of {@link AccessControlTests#REQUIRED} (the recording forms
 * of the child's record among them), each sent by the first test user allowed to, about each test child until
 * one answers with its form. Forms about something that must exist first (a board action, a complaint, an alert...)
 * are reached by {@link FormsAboutSomething}, which makes that something and then sends the form with bad values.
 * Every template that draws a summary must have been seen, or be a search page that has no form to post (its
 * summary comes from the address). Each page seen starts its title with "Error: ".
 */
// its own database: empty posts may still save something (a form with no required field)
@org.springframework.test.context.TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:error-summaries-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class ErrorSummariesInPageOrderTests extends WebTestSupport {

    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
    private static final Pattern SUMMARY_LINK = Pattern.compile("<li><a href=\"#([^\"]+)\"[^>]*>");
    private static final List<String> USERS = List.of("sw1", "tm1", "iro1", "pa1", "irom1", "admin1", "perf1", "co1",
            "board1", "vsh1", "nurse1", "part1", "partner1", "yp1");
    private static final List<String> CHILDREN = List.of(TestCouncil.AMIRA, TestCouncil.LEAH, TestCouncil.JACK);

    /** Pages whose summary reports a search or filter typed in the address, or a sign-in refused: no form to post. */
    static final List<String> NOT_POSTED = List.of("login", "children/search", "children/chronology",
            "admin/audit", "worklists/worklist", "worklists/timeliness", "caseload/caseload", "complaints/worklist",
            "iro/alerts", "iro/escalations", "entitlements/entitlements", "mypromise/views", "permanence/panels",
            "benchmarks/targets");

    record Problem(String form, String what) {
    }

    @Test
    void everyErrorSummaryLinksToFieldsOnThePageInThePagesOrder() throws Exception {
        var problems = new ArrayList<Problem>();
        var seen = new TreeMap<String, String>();
        for (var endpoint : new TreeSet<>(AccessControlTests.REQUIRED.keySet())) {
            if (!endpoint.startsWith("POST ") || AccessControlTests.REQUIRED.get(endpoint).equals("PUBLIC")) {
                continue;
            }
            String pattern = endpoint.substring(5);
            for (String child : pattern.contains("{childId}") ? CHILDREN : List.of(TestCouncil.AMIRA)) {
                var answer = answer(path(pattern, child));
                if (answer != null) {
                    seen.put(answer[0], endpoint);
                    problems.addAll(check(endpoint, answer[1]));
                    break;
                }
            }
        }
        var first = new FormsAboutSomething(mvc, jdbc, this::as);
        for (var reach : FormsAboutSomething.reaches()) {
            org.springframework.test.web.servlet.MvcResult result;
            try {
                result = reach.step().run(first);
            } catch (IllegalStateException e) {
                problems.add(new Problem(reach.template(), e.getMessage()));
                continue;
            }
            String html = result.getResponse().getContentAsString();
            var view = result.getModelAndView();
            if (view == null || !reach.template().equals(view.getViewName())
                    || !html.contains("govuk-error-summary__list")) {
                problems.add(new Problem(reach.template(), "did not come back with its error summary (answered "
                        + result.getResponse().getStatus() + (view == null ? "" : " with " + view.getViewName()) + ")"));
                continue;
            }
            seen.put(reach.template(), "made first, then sent with bad values");
            problems.addAll(check(reach.template(), html));
        }
        var unseen = new TreeSet<String>(templatesWithASummary());
        unseen.removeAll(seen.keySet());
        unseen.removeAll(NOT_POSTED);
        org.assertj.core.api.SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(problems).as("error summaries out of the page's order, or linking to nothing").isEmpty();
            soft.assertThat(unseen).as("templates with an error summary that no empty post reached (seen: " + seen
                    + ")").isEmpty();
        });
    }

    /** The first answer with an error summary to an empty post, as [view, html]; null when no user gets one. */
    private String[] answer(String path) throws Exception {
        for (String user : USERS) {
            var result = mvc.perform(post(path).with(as(user)).with(csrf())).andReturn();
            int status = result.getResponse().getStatus();
            if (status == 403 || status == 404) {
                continue;
            }
            String html = result.getResponse().getContentAsString();
            if (html.contains("govuk-error-summary__list") && result.getModelAndView() != null) {
                return new String[] {result.getModelAndView().getViewName(), html};
            }
            return null;
        }
        return null;
    }

    /** "Error: " once at the start of the title; the summary's links, each to an id further down the page, in order. */
    static List<Problem> check(String form, String html) {
        var out = new ArrayList<Problem>();
        var title = TITLE.matcher(html);
        String text = title.find() ? title.group(1).strip() : "";
        if (!text.startsWith("Error: ") || text.startsWith("Error: Error:")) {
            out.add(new Problem(form, "its title is \"" + text + "\", not \"Error: \" once and then the page's title"));
        }
        int start = html.indexOf("govuk-error-summary__list");
        int end = html.indexOf("</ul>", start);
        var m = SUMMARY_LINK.matcher(html.substring(start, end));
        int last = -1;
        String lastId = null;
        while (m.find()) {
            String id = m.group(1);
            int at = html.indexOf("id=\"" + id + "\"", end);
            if (at < 0) {
                out.add(new Problem(form, "links to #" + id + ", which is not on the page"));
                continue;
            }
            if (at < last) {
                out.add(new Problem(form, "lists #" + id + " after #" + lastId + ", which comes later on the page"));
            }
            last = at;
            lastId = id;
        }
        return out;
    }

    private static String path(String pattern, String child) {
        return pattern.replace("{childId}", child).replace("{form}", "review").replace("{rule}", "SW01bSTG1")
                .replace("{id}", "99").replace("{change}", "retire").replace("{key}", "cla.at_31_march")
                .replace("{reference}", "CP2026-0001").replace("{username}", "pa1").replace("{workerId}", "SW001")
                .replace("{kind}", "challenge").replace("{date}", "2024-05-28").replace("{actionId}", "99");
    }

    /** Templates that draw an error summary: the shared fragment, or their own. */
    private static List<String> templatesWithASummary() throws IOException {
        var root = Path.of("src/main/resources/templates");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".html") && !p.startsWith(root.resolve("fragments")))
                    .filter(p -> {
                        try {
                            String text = Files.readString(p);
                            return text.contains("fields :: errorSummary") || text.contains("govuk-error-summary__list");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(p -> root.relativize(p).toString().replace('\\', '/').replaceAll("\\.html$", "")).toList();
        }
    }
}
