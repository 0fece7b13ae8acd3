package org.ourpromise.reports.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dashboard's in-year figures stand beside the last collection year complete at the end of their as-at day. */
class DashboardInYearTests {

    @ParameterizedTest(name = "as at {0} the last complete year ends 31 March {1}")
    @CsvSource({
        "2026-03-31, 2026",  // the year ends with the day: it is complete
        "2026-03-30, 2025",
        "2026-04-01, 2026",
        "2028-02-29, 2027",  // leap day: the year to 31 March 2028 is still running
        "2027-02-28, 2026"})
    void theLastCompleteYear(LocalDate day, int year) {
        assertThat(RecordMeasures.completeYearOn(day)).isEqualTo(year);
    }
}
