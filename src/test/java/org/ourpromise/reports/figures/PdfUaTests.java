package org.ourpromise.reports.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ourpromise.WebTestSupport;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

/**
 * Issue 15: the pack's and the annual report's PDFs are tagged for accessibility. veraPDF checks them against its
 * PDF/UA-1 profile (the machine-checkable part of ISO 14289-1); every rule failed is listed with how often.
 */
class PdfUaTests extends WebTestSupport {

    @BeforeAll
    static void foundry() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/board-pack.pdf?month=2026-10", "/board-pack.pdf?quarter=2027-Q2", "/board-pack.pdf?year=2026",
        "/reports/annual.pdf?year=2026"})
    @DisplayName("the pack's and the annual report's PDFs pass veraPDF's PDF/UA-1 checks")
    void thePdfPassesPdfUa1(String url) throws Exception {
        assertThat(failures(pdf(url))).as(url + ": rules failed (count)").isEmpty();
    }

    private byte[] pdf(String url) throws Exception {
        return mvc.perform(get(url).with(as("board1"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
    }

    /** Each rule failed, "clause-test: description", with the number of times. */
    static TreeMap<String, Integer> failures(byte[] pdf) throws Exception {
        var flavour = PDFAFlavour.PDFUA_1;
        var failed = new TreeMap<String, Integer>();
        try (var parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                var validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            var result = validator.validate(parser);
            List<TestAssertion> assertions = result.getTestAssertions();
            for (var a : assertions) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    var rule = a.getRuleId();
                    failed.merge(rule.getClause() + "-" + rule.getTestNumber() + ": " + a.getMessage(), 1, Integer::sum);
                    if (System.getProperty("verapdf.context") != null) {
                        System.out.println("[verapdf] " + rule.getClause() + " " + a.getLocation().getContext());
                    }
                }
            }
        }
        return failed;
    }
}
