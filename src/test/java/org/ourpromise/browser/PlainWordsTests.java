package org.ourpromise.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.ourpromise.WebTestSupport;

/**
 * Issue 16, "plain English, no internals": every page of the browser sweep, as the account that uses it,
 * read as the person sees it. The fast twin of {@code PlainWordsIT}, which reads the same pages in Chromium.
 */
// its own database: it adds records the shared test council's other classes count
@org.springframework.test.context.TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:plain-words-tests-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class PlainWordsTests extends WebTestSupport {

    @Test
    void noPageOfTheSweepShowsInternalText() throws Exception {
        var problems = new ArrayList<String>();
        for (var entry : SweepPages.byUser().entrySet()) {
            for (var page : entry.getValue()) {
                var response = mvc.perform(get(page).with(as(entry.getKey()))).andReturn().getResponse();
                assertThat(response.getStatus()).as("%s as %s", page, entry.getKey()).isEqualTo(200);
                for (var finding : SweepPages.findings(SweepPages.visibleText(response.getContentAsString()))) {
                    problems.add(page + " (" + entry.getKey() + ") " + finding);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theScanFindsEachKindOfInternalTextAndNotLinks() {
        assertThat(SweepPages.findings(SweepPages.visibleText("<p>See DOMAIN.md §6 q13</p>"))).hasSize(2);
        assertThat(SweepPages.findings("Children (stability.long_term_pct)")).isNotEmpty();
        assertThat(SweepPages.findings("Dates UNCONFIRMED")).hasSize(1);
        assertThat(SweepPages.findings("less than ${a3_threshold_days}")).isNotEmpty();
        assertThat(SweepPages.findings("headed cla.at_31_march")).isNotEmpty();
        assertThat(SweepPages.findings(SweepPages.visibleText(
                "<a href=\"/dashboard/cla.at_31_march\">Children looked after on 31 March</a>"))).isEmpty();
        assertThat(SweepPages.findings("Reviews on time: 12.5%. Email help@example.gov.uk")).isEmpty();
    }
}
