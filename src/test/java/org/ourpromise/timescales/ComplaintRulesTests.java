package org.ourpromise.timescales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The representations procedure, RPR 2006 (DOMAIN.md §3.2 rows 32–36). */
class ComplaintRulesTests {

    private static String items(Complaint c, String asAt) {
        return DeadlineEngine.englandAndWales().complaintItems(c, LocalDate.parse(asAt), TimescaleSettings.defaults())
                .stream().map(i -> i.rule() + " " + i.due() + " " + i.status()).collect(Collectors.joining("; "));
    }

    private static LocalDate d(String s) {
        return TestChild.date(s);
    }

    @DisplayName("reg 14: stage 1 in 10 working days (across Easter 2024), 20 if extended")
    @ParameterizedTest(name = "[{index}] extended {0}, responded {1}, as at {2}")
    @CsvSource(delimiter = '|', textBlock = """
            false | 2024-04-09 | 2024-05-01 | COMPLAINT_STAGE_1 2024-04-09 DONE_ON_TIME
            false | 2024-04-10 | 2024-05-01 | COMPLAINT_STAGE_1 2024-04-09 DONE_LATE
            true  | 2024-04-10 | 2024-05-01 | COMPLAINT_STAGE_1 2024-04-23 DONE_ON_TIME
            true  | ''         | 2024-04-24 | COMPLAINT_STAGE_1 2024-04-23 OVERDUE
            false | ''         | 2024-04-09 | COMPLAINT_STAGE_1 2024-04-09 DUE
            false | ''         | 2024-03-21 | ''
            """)
    void stage1(boolean extended, String responded, String asAt, String expected) {
        var c = new Complaint("R1", "C1", d("2024-03-22"), extended, d(responded), null, false, null, null, null, null, null);
        assertThat(items(c, asAt)).isEqualTo(expected);
    }

    @DisplayName("reg 17: stage 2 in 25 working days (across the May 2024 bank holidays), 65 if extended")
    @ParameterizedTest(name = "[{index}] extended {0}, responded {1}")
    @CsvSource(delimiter = '|', textBlock = """
            false | 2024-06-06 | STAGE_2 2024-06-06 DONE_ON_TIME
            false | 2024-06-07 | STAGE_2 2024-06-06 DONE_LATE
            true  | 2024-08-01 | STAGE_2 2024-08-01 DONE_ON_TIME
            true  | ''         | STAGE_2 2024-08-01 OVERDUE
            """)
    void stage2(boolean extended, String responded, String expected) {
        var c = new Complaint("R1", "C1", d("2024-03-22"), false, d("2024-04-09"), d("2024-04-30"), extended,
                d(responded), null, null, null, null);
        assertThat(items(c, "2024-09-01")).endsWith("COMPLAINT_" + expected);
    }

    @DisplayName("reg 19(4), reg 20: panel in 30 working days (across Christmas 2024), report in 5, response in 15")
    @ParameterizedTest(name = "[{index}] as at {4}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-01-15 | 2025-01-23 | 2025-02-13 | 2025-03-01 | COMPLAINT_STAGE_3_PANEL 2025-01-16 DONE_ON_TIME; COMPLAINT_STAGE_3_REPORT 2025-01-22 DONE_LATE; COMPLAINT_STAGE_3_RESPONSE 2025-02-13 DONE_ON_TIME
            ''         | ''         | ''         | 2025-01-16 | COMPLAINT_STAGE_3_PANEL 2025-01-16 DUE
            2025-01-15 | ''         | ''         | 2025-01-23 | COMPLAINT_STAGE_3_PANEL 2025-01-16 DONE_ON_TIME; COMPLAINT_STAGE_3_REPORT 2025-01-22 OVERDUE
            2025-01-15 | 2025-01-23 | ''         | 2025-02-14 | COMPLAINT_STAGE_3_PANEL 2025-01-16 DONE_ON_TIME; COMPLAINT_STAGE_3_REPORT 2025-01-22 DONE_LATE; COMPLAINT_STAGE_3_RESPONSE 2025-02-13 OVERDUE
            """)
    void stage3(String panel, String reported, String responded, String asAt, String expected) {
        var c = new Complaint("R1", "C1", d("2024-10-01"), false, d("2024-10-10"), d("2024-10-14"), false,
                d("2024-11-15"), d("2024-12-02"), d(panel), d(reported), d(responded));
        var all = items(c, asAt);
        assertThat(all.substring(all.indexOf("COMPLAINT_STAGE_3"))).isEqualTo(expected);
    }
}
