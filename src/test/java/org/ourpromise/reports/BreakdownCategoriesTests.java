package org.ourpromise.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ourpromise.returns.CodeList;

/**
 * Issue 16: no field code without its meaning. The annual report's breakdowns are keyed by the return's codes; a
 * councillor reads "Full care order", not "C2".
 */
class BreakdownCategoriesTests {

    static AnnualReport report;

    @BeforeAll
    static void build() {
        report = AnnualReport.build(GeneratedReturns.of(300, 2026, 4), 2026, ReportOptions.defaults());
    }

    @Test
    @DisplayName("a coded category is shown as the code list's meaning; one keyed by words stays as it is")
    void codesBecomeWords() {
        assertThat(BreakdownCategories.words("cla.by_legal_status.", "C2", 2026)).isEqualTo("Full care order");
        assertThat(BreakdownCategories.words("starts.by_cin.", "N1", 2026)).isEqualTo("Abuse or neglect");
        assertThat(BreakdownCategories.words("ceased.by_reason.", "E11", 2026)).isEqualTo("Adopted, application unopposed");
        assertThat(BreakdownCategories.words("cla.by_provider.", "PR1", 2026)).isEqualTo("Own local authority provision");
        assertThat(BreakdownCategories.words("reviews.participation.", "PN1", 2026))
                .isEqualTo("Attended and spoke for themselves");
        // the letters M, F, U came in 2024-25; an earlier year's report still names them
        assertThat(BreakdownCategories.words("cla.by_sex.", "F", 2024)).isEqualTo("Female");
        assertThat(BreakdownCategories.words("cla.by_age.", "10 to 15", 2026)).isEqualTo("10 to 15");
    }

    @Test
    @DisplayName("no row of the annual report's tables or charts is a bare code of the return, and no caption names one")
    void theAnnualReportNamesNoBareCode() {
        var codes = Stream.of(CodeList.SEX, CodeList.LS, CodeList.PLACE_PROVIDER, CodeList.CIN, CodeList.REC,
                CodeList.ACTIV, CodeList.REVIEW_CODE).flatMap(l -> l.codes(2026).stream())
                .collect(java.util.stream.Collectors.toSet());
        var labels = report.sections().stream().flatMap(s -> Stream.concat(s.chart().bars().stream(),
                s.tables().stream().flatMap(t -> t.rows().stream()))).map(ChartBar::label).toList();
        assertThat(labels).isNotEmpty().noneMatch(codes::contains);
        assertThat(labels).contains("Full care order", "Female");
        List<String> captions = report.sections().stream().flatMap(s -> s.tables().stream())
                .map(AnnualReport.Table::caption).toList();
        assertThat(captions).noneMatch(c -> c.contains("code") || c.contains("SSDA903"));
        assertThat(Set.copyOf(captions)).contains("By legal status", "Periods ended, by reason");
    }
}
