package org.ourpromise.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A house rule (issue 16): a template with a table either uses the list fragments (fragments/lists: sort links,
 * pagination, total, CSV of the whole list) or is named here with why its tables stay short. A table that can
 * grow past about 50 rows (a screen and a half) must use the kit; those not yet converted are named apart, so
 * the debt is visible and can only shrink.
 */
class EveryTableIsAListOrBoundedTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** Templates whose tables stay short, each with the reason. */
    static final Map<String, String> BOUNDED = Map.ofEntries(
            Map.entry("allocations/child.html", "one child's workers over time, a few dozen at most"),
            Map.entry("benchmarks/comparators.html", "the council and its ten statistical neighbours"),
            Map.entry("benchmarks/population.html", "one row per age band of the published population"),
            Map.entry("board/members.html", "the serving members of one board, a dozen or two"),
            Map.entry("children/record.html", "one child's open deadlines, a few dozen at most"),
            Map.entry("complaints/complaint.html", "the stages' deadlines of one complaint"),
            Map.entry("complaints/themes.html", "one row per complaint theme, a fixed short list"),
            Map.entry("education/attainment.html", "one child's recorded results, a few dozen at most"),
            Map.entry("education/figures.html", "one row per Virtual School figure, a fixed short list"),
            Map.entry("education/child.html", "one child's schools, PEPs (three a year) and exclusions"),
            Map.entry("education/pupil-premium-child.html", "one child's years and payments of Pupil Premium Plus"),
            Map.entry("entitlements/child.html", "one young person's entitlements, one row per kind"),
            Map.entry("entitlements/offer.html", "the local offer's entitlements, a set list of a few dozen"),
            Map.entry("entitlements/spending.html", "one row per kind of entitlement in a year"),
            Map.entry("fragments/corrections.html", "one child's events of one kind, to choose one to correct"),
            Map.entry("fragments/stale.html", "the fields of one form changed by someone else"),
            Map.entry("health/child.html", "one child's mental-health referrals, a handful"),
            Map.entry("iro/alert.html", "the stages of one IRO alert"),
            Map.entry("iro/escalations.html", "one row per stage of the escalation process"),
            Map.entry("iro/report.html", "the IRO annual report's fixed figures, printed whole"),
            Map.entry("iro/review.html", "the actions of one review"),
            Map.entry("leavers/child.html", "one young person's contact deadlines (four at most), accommodation spells "
                    + "and Staying Put arrangements"),
            Map.entry("leavers/arrangements.html", "one young person's Staying Put or Close arrangements and their checks"),
            Map.entry("leavers/pathway-plan.html", "the goals of one pathway plan"),
            Map.entry("mypromise/entitlements.html", "one young person's own claims"),
            Map.entry("mypromise/plan.html", "the goals of a young person's own pathway plan"),
            Map.entry("ourpromise/our-promise.html", "one row per promise in the council's Promise"),
            Map.entry("ourpromise/report-body.html", "the Promise report's fixed figures, printed whole"),
            Map.entry("permanence/child.html", "one child's permanence plans and outcomes"),
            Map.entry("permanence/orders.html", "the support under one child's orders"),
            Map.entry("recordsrequests/disclosure.html", "a disclosure document, printed whole for the person asking"),
            Map.entry("recordsrequests/request.html", "what is withheld from one request"),
            Map.entry("reports/annual-report.html", "the annual report's fixed figures and trend, printed whole"),
            Map.entry("reports/board-pack.html", "the board pack's fixed indicators, printed whole"),
            Map.entry("reports/chart.html", "a chart's data, one row per bar"),
            Map.entry("reports/dashboard/dashboard.html", "the dashboard's fixed measures"),
            Map.entry("reports/virtual-school-attainment.html", "the Virtual School report's attainment lines, by stage"),
            Map.entry("reports/virtual-school-content.html", "the Virtual School annual report, printed whole"),
            Map.entry("reviews/review-corrections.html", "one row per review of one child, at most a few dozen"),
            Map.entry("risk/child.html", "one child's risk assessments and youth-justice records"),
            Map.entry("voice/groups.html", "the council's participation groups, a handful"),
            Map.entry("worklists/on-record.html", "the explanations on one item"),
            Map.entry("worklists/reasons.html", "one row per reason for lateness, a fixed list"));

    /**
     * Templates with a table that can grow past 50 rows and does not use the kit yet: to convert, then remove
     * from here (the test fails if one of these already uses the kit, so the list cannot go stale). Empty since
     * 7 December 2026: every long list uses the kit.
     */
    static final Map<String, String> NOT_YET_CONVERTED = Map.of();

    @Test
    void everyTemplateWithATableUsesTheListKitOrIsNamedAsBounded() throws IOException {
        var unexplained = new TreeSet<String>();
        var converted = new TreeSet<String>();
        var gone = new TreeSet<>(BOUNDED.keySet());
        gone.addAll(NOT_YET_CONVERTED.keySet());
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (var f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String name = TEMPLATES.relativize(f).toString().replace('\\', '/');
                gone.remove(name);
                String html = Files.readString(f);
                boolean table = html.contains("<table");
                boolean kit = usesTheKit(html, 3);
                if (table && !kit && !BOUNDED.containsKey(name) && !NOT_YET_CONVERTED.containsKey(name)) {
                    unexplained.add(name);
                }
                if (kit && NOT_YET_CONVERTED.containsKey(name)) {
                    converted.add(name);
                }
            }
        }
        assertThat(unexplained).as("templates with a table that neither use fragments/lists nor say why they are "
                + "short (EveryTableIsAListOrBoundedTests.BOUNDED)").isEmpty();
        assertThat(converted).as("converted to the list kit: take them off NOT_YET_CONVERTED").isEmpty();
        assertThat(gone).as("named here but no longer a template").isEmpty();
    }

    private static final java.util.regex.Pattern FRAGMENT_CALL =
            java.util.regex.Pattern.compile("~\\{(fragments/[a-z-]+) :: ([A-Za-z]+)\\(");

    /**
     * The markup uses the list fragments, itself or through a shared fragment whose own markup does (as
     * {@code fragments/measure :: children} does for the figure pages), followed a few calls deep.
     */
    static boolean usesTheKit(String html, int depth) throws IOException {
        if (html.contains("fragments/lists")) {
            return true;
        }
        var calls = FRAGMENT_CALL.matcher(html);
        while (depth > 0 && calls.find()) {
            var file = TEMPLATES.resolve(calls.group(1) + ".html");
            if (!Files.exists(file)) {
                continue;
            }
            String text = Files.readString(file);
            int at = text.indexOf("th:fragment=\"" + calls.group(2) + "(");
            if (at >= 0) {
                int next = text.indexOf("th:fragment=", at + 1);
                if (usesTheKit(text.substring(at, next < 0 ? text.length() : next), depth - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void everyReasonIsOneShortLine() {
        BOUNDED.forEach((t, why) -> assertThat(why).as(t).isNotBlank().hasSizeLessThan(130).doesNotContain("\n"));
        NOT_YET_CONVERTED.forEach((t, why) -> assertThat(why).as(t).isNotBlank().doesNotContain("\n"));
        assertThat(BOUNDED.keySet()).noneMatch(NOT_YET_CONVERTED::containsKey);
    }
}
