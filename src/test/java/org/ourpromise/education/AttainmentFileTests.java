package org.ourpromise.education;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Results by key stage: each key stage only with its own measures; KS1 only while statutory (to 2022/23); no
 * Progress 8 for 2024/25 and 2025/26; 9–5 in English and maths implies 9–4.
 */
class AttainmentFileTests {

    private static final String HEADER = "Child ID,School year,Key stage,Good level of development,Expected standard RWM,"
            + "Attainment 8,Progress 8,English and maths 9-4,English and maths 9-5\n";

    private static AttainmentFile.Read read(String rows) {
        return AttainmentFile.read(new StringReader(HEADER + rows), "results.csv", 2026, Set.of("C1", "C2")::contains);
    }

    @Test
    void eachKeyStageWithItsOwnMeasures() {
        var read = read("C1,2024/25,EYFS,Y,,,,,\n"
                + "C1,2022/23,KS1,,N,,,,\n"
                + "C2,2025/26,KS2,,Y,,,,\n"
                + "C2,2023/24,KS4,,,38.5,-0.45,Y,N\n"
                + "C1,2025/26,KS4,,,41,,Y,Y\n");
        assertThat(read.problems()).isEmpty();
        var results = read.file().results();
        assertThat(results.get(0).goodLevel()).isTrue();
        assertThat(results.get(1).expectedRwm()).isFalse();
        assertThat(results.get(3).progress8()).isEqualByComparingTo(new BigDecimal("-0.45"));
        assertThat(results.get(4).englishMaths95()).isTrue();
    }

    @Test
    void impossibleResultsAreEachALine() {
        var read = read("C9,2024/25,EYFS,Y,,,,,\n"
                + "C1,2023/24,KS1,,Y,,,,\n"
                + "C1,2024/25,KS4,,,40,0.5,Y,Y\n"
                + "C2,2024/25,KS4,,,95,,N,Y\n"
                + "C2,2024/26,KS2,,Y,,,,\n"
                + "C2,2027/28,KS2,,Y,,,,\n"
                + "C2,2023/24,EYFS,Y,Y,,,,\n");
        assertThat(read.file()).isNull();
        assertThat(read.problems()).containsExactly(
                "results.csv, line 2, column 'child id': no child with the ID 'C9' is on the record",
                "results.csv, line 3, column 'school year': KS1 assessments were not statutory in 2023/24",
                "results.csv, line 4, column 'progress 8': no Progress 8 is published for 2024/25: leave it blank",
                "results.csv, line 5, column 'attainment 8': Attainment 8 95 is not from 0 to 90",
                "results.csv, line 5, column 'english and maths 9-5': grade 9-5 in English and maths means grade 9-4 too,"
                        + " but 9-4 is N",
                "results.csv, line 6, column 'school year': '2024/26' is not a school year such as 2024/25",
                "results.csv, line 7, column 'school year': 2027/28 has not happened yet",
                "results.csv, line 8, column 'expected standard rwm': EYFS has no expected standard rwm result: leave it"
                        + " blank");
    }
}
