package org.ourpromise.ourpromise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourpromise.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 15: Our Promise's commitments and pledges, a partner seeing only its own, and the annual report. */
class OurPromisePagesTests extends WebTestSupport {

    @Autowired
    private PromiseBook book;

    @BeforeEach
    void twoPartners() {
        // other tests of the shared council add partners of their own
        if (book.pledges(2026, null).stream().noneMatch(p -> p.partner().equals("Other Health Trust"))) {
            long own = book.addPartner("Test Housing", "Council service", "partner1");
            book.addPledge(own, 5, "Homes for care leavers");
            long other = book.addPartner("Other Health Trust", "Partner", null);
            long pledge = book.addPledge(other, 1, "Health assessments on time");
            book.addEvidence(pledge, 2026, "Seen on time all year", java.time.LocalDate.of(2026, 5, 1), "perf1");
        }
    }

    @Test
    void theBoardSeesEveryCommitmentWithItsPrinciplesAndEveryPartner() throws Exception {
        mvc.perform(get("/our-promise").with(as("board1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("We will find you a place you can call home")))
                .andExpect(content().string(containsString("We will be a lifelong champion")))
                .andExpect(content().string(containsString("to prepare them for adulthood and independent living")))
                .andExpect(content().string(containsString("Other Health Trust")))
                .andExpect(content().string(containsString("Test Housing")));
    }

    @Test
    void aPartnerSeesOnlyItsOwnPledgesAndNotTheReport() throws Exception {
        var html = mvc.perform(get("/our-promise").with(as("partner1"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Homes for care leavers").doesNotContain("Other Health Trust");
        mvc.perform(get("/reports/our-promise").with(as("partner1"))).andExpect(status().isForbidden());
        mvc.perform(get("/our-promise").with(as("sw1"))).andExpect(status().isForbidden());
    }

    @Test
    void theReportHasTheFourAreasAndAPdf() throws Exception {
        mvc.perform(get("/reports/our-promise").with(as("board1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Leadership")))
                .andExpect(content().string(containsString("Partnership")))
                .andExpect(content().string(containsString("Voice")))
                .andExpect(content().string(containsString("Impact")))
                .andExpect(content().string(containsString("Seen on time all year")));
        var pdf = mvc.perform(get("/reports/our-promise.pdf").with(as("perf1"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }
}
