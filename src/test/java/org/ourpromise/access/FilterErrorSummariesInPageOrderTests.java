package org.ourpromise.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;

/**
 * The filter pages (a GET form whose errors come back on the page itself, the ones
 * {@link ErrorSummariesInPageOrderTests} cannot post): each is opened, its filter form read, and the form sent with
 * nonsense in every field it has. The page must come back with its error summary, titled "Error: ", the
 * summary's links in the order the fields come on the page ({@link ErrorSummariesInPageOrderTests#check}).
 */
class FilterErrorSummariesInPageOrderTests extends WebTestSupport {

    private static final Pattern GET_FORM = Pattern.compile("<form[^>]*method=\"get\"[^>]*>(.*?)</form>",
            Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("<(input|select|textarea)\\b([^>]*)>");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]+)\"");
    private static final Pattern TYPE = Pattern.compile("\\btype=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");

    /**
     * The filter pages: template, a user who opens it, its address. (permanence/panels is not one: its year
     * filter falls back quietly, and its summary is the arranging form's, posted.)
     */
    static final List<String[]> FILTER_PAGES = List.of(
            new String[] {"children/search", "perf1", "/children"},
            new String[] {"children/chronology", "sw1", "/children/" + TestCouncil.AMIRA + "/chronology"},
            new String[] {"admin/audit", "admin1", "/admin/audit"},
            new String[] {"worklists/worklist", "sw1", "/worklist"},
            new String[] {"worklists/timeliness", "tm1", "/timeliness"},
            new String[] {"caseload/caseload", "tm1", "/caseload"},
            new String[] {"complaints/worklist", "co1", "/complaints"},
            new String[] {"iro/alerts", "irom1", "/iro/alerts"},
            new String[] {"iro/escalations", "irom1", "/iro/escalations"},
            new String[] {"benchmarks/targets", "perf1", "/targets"});

    @Test
    void everyFilterPagesErrorSummaryFollowsItsFieldsOrder() throws Exception {
        var problems = new ArrayList<ErrorSummariesInPageOrderTests.Problem>();
        for (var p : FILTER_PAGES) {
            String page = mvc.perform(get(p[2]).with(as(p[1]))).andReturn().getResponse().getContentAsString();
            var form = GET_FORM.matcher(page);
            if (!form.find()) {
                problems.add(new ErrorSummariesInPageOrderTests.Problem(p[0], "has no filter form at " + p[2]));
                continue;
            }
            var nonsense = nonsense(form.group(1));
            var request = get(p[2]).with(as(p[1]));
            nonsense.forEach((k, v) -> request.queryParam(k, v));
            var result = mvc.perform(request).andReturn();
            String html = result.getResponse().getContentAsString();
            var view = result.getModelAndView();
            if (view == null || !p[0].equals(view.getViewName()) || !html.contains("govuk-error-summary__list")) {
                problems.add(new ErrorSummariesInPageOrderTests.Problem(p[0], "no error summary for " + nonsense
                        + " (answered " + result.getResponse().getStatus() + ")"));
                continue;
            }
            problems.addAll(ErrorSummariesInPageOrderTests.check(p[0], html));
        }
        assertThat(problems).as("filter pages' error summaries out of the page's order, or missing").isEmpty();
    }

    @Test
    void everyFilterPageIsOneTheFormWalkCannotPost() {
        for (var p : FILTER_PAGES) {
            assertThat(ErrorSummariesInPageOrderTests.NOT_POSTED).as(p[0]).contains(p[0]);
        }
    }

    /** Every field of the form with nonsense in it; a hidden field keeps its value (a sort, a table). */
    private static Map<String, String> nonsense(String form) {
        var out = new LinkedHashMap<String, String>();
        var m = FIELD.matcher(form);
        while (m.find()) {
            var name = NAME.matcher(m.group(2));
            if (!name.find()) {
                continue;
            }
            var type = TYPE.matcher(m.group(2));
            String t = type.find() ? type.group(1) : "";
            if ("hidden".equals(t) || "submit".equals(t)) {
                var value = VALUE.matcher(m.group(2));
                out.putIfAbsent(name.group(1), value.find() ? value.group(1) : "");
            } else if ("q".equals(name.group(1))) {
                out.put("q", "x".repeat(101)); // a search longer than the 100 characters allowed
            } else {
                out.put(name.group(1), "99<x>");
            }
        }
        return out;
    }
}
