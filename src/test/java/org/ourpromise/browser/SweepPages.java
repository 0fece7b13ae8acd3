package org.ourpromise.browser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ourpromise.TestCouncil;

/**
 * The pages of the browser sweep, by the account that uses them, and the words no page may show
 * (issue 16: "no page shows an internal document reference, a code-level key, a field code without its
 * meaning, or an unreplaced placeholder"). The MockMvc scan and the Chromium scan read the same list.
 */
final class SweepPages {

    /** What gives internal text away, each with why it is internal. */
    static final Map<String, Pattern> INTERNAL = new LinkedHashMap<>();

    static {
        INTERNAL.put("a section sign (a reference into a design document)", Pattern.compile("§"));
        INTERNAL.put("a Markdown file name (a design document)", Pattern.compile("\\b[\\w-]+\\.md\\b"));
        INTERNAL.put("a measure key suffix", Pattern.compile("_pct"));
        INTERNAL.put("a note from the design documents", Pattern.compile("UNCONFIRMED"));
        INTERNAL.put("an unreplaced placeholder", Pattern.compile("\\$\\{"));
        INTERNAL.put("a code-level key (dot and underscore)",
                Pattern.compile("\\b[a-z][a-z0-9]*(?:\\.[a-z0-9_]+)*\\.[a-z0-9]*_[a-z0-9_]*"));
        INTERNAL.put("a code-level name (snake case)", Pattern.compile("\\b[a-z][a-z0-9]*_[a-z0-9_]+\\b"));
    }

    private SweepPages() {
    }

    /** Every page of the sweep, keyed by the account that opens them, in order. */
    static Map<String, List<String>> byUser() {
        var amira = "/children/" + TestCouncil.AMIRA;
        var pages = new LinkedHashMap<String, List<String>>();
        pages.put("sw1", List.of("/", amira, amira + "/chronology", "/children?q=khan", amira + "/record/placement-change",
                amira + "/record/health-assessment", amira + "/record/missing-episode", amira + "/record/visit",
                amira + "/record/plan", amira + "/record/pep", amira + "/record/missing-return", amira + "/record/review",
                amira + "/record/review-sent", amira + "/record/visits-plan", "/worklist", "/digest", "/caseload",
                "/accessibility"));
        pages.put("pa1", List.of("/", "/children/" + TestCouncil.LEAH + "/record/care-leaver-contact",
                "/children/" + TestCouncil.LEAH, "/leavers"));
        pages.put("iro1", List.of("/", "/iro/alerts", "/worklist"));
        pages.put("tm1", List.of("/", "/timeliness", "/dashboard", "/comparators", "/caseload",
                "/dashboard/local.care_plans_reviewed_pct?year=2026", "/dashboard/local.iro_caseload_average?year=2026",
                "/dashboard/cla.at_31_march", "/dashboard/stability.long_term_pct"));
        pages.put("perf1", List.of("/", "/data-quality", "/reports/annual", "/board-pack", "/board-pack?month=2026-10",
                "/targets", "/targets/stability.long_term_pct", "/targets/adoption.a3_under_14_months_pct",
                "/reports/annual/narrative"));
        pages.put("board1", List.of("/", "/board-pack", "/accessibility"));
        pages.put("admin1", List.of("/", "/admin/audit", "/admin/lateness-reasons"));
        pages.put("co1", List.of("/", "/complaints", "/complaints/new"));
        return pages;
    }

    /**
     * The text a reader sees: the document without scripts, styles and tags (so no href or other attribute),
     * entities decoded; the page title is kept, since it is read out and shown in the tab.
     */
    static String visibleText(String html) {
        String text = html.replaceAll("(?is)<(script|style)\\b.*?</\\1>", " ")
                .replaceAll("(?s)<!--.*?-->", " ")
                .replaceAll("(?s)<[^>]*>", " ");
        return text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").replaceAll("\\s+", " ");
    }

    /** Each internal-looking piece of the text, with a little context, as "why: …context…". */
    static List<String> findings(String text) {
        var found = new java.util.ArrayList<String>();
        INTERNAL.forEach((why, pattern) -> {
            var m = pattern.matcher(text);
            while (m.find()) {
                found.add(why + ": …" + text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40))
                        + "…");
            }
        });
        return found;
    }
}
