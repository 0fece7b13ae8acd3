package org.ourpromise.education;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Attendance rate and persistent absence as the DfE defines them, worked by hand: a pupil is persistently absent
 * when they miss 10% or more of their own possible sessions, so exactly 10% counts and 9.9% does not.
 */
class AttendanceFiguresTests {

    @ParameterizedTest(name = "{1} of {0} sessions: {2}%, persistently absent {3}")
    @CsvSource({
        // possible, attended, rate, persistently absent
        "380, 380, 100.0, false",
        "380, 342, 90.0, true",    // missed 38 = exactly 10%
        "380, 343, 90.3, false",   // missed 37 = 9.7%
        "10, 9, 90.0, true",       // one week, one session missed
        "1000, 901, 90.1, false",  // missed 99 = 9.9%
        "3, 2, 66.7, true",        // 66.66.. rounds half up
        "0, 0, , false"})          // no possible sessions: no rate, not absent
    void rateAndPersistentAbsence(long possible, long attended, BigDecimal rate, boolean absent) {
        var s = new Sessions(possible, BigDecimal.valueOf(attended));
        assertThat(s.ratePercent()).isEqualTo(rate);
        assertThat(s.persistentlyAbsent()).isEqualTo(absent);
    }

    @Test
    void theCohortRateWeighsEachChildBySessionsAndPersistentAbsenceCountsChildren() {
        // A: 380 possible, 380 attended; B: 380, 300 (missed 80, 21%); C: 20, 10 (half a term: missed 50%);
        // D: no possible sessions (not counted). Rate: 690 / 780 = 88.46% -> 88.5. Absent: B and C of 3 -> 66.7%.
        var figures = AttendanceFigures.of(Map.of(
                "A", new Sessions(380, BigDecimal.valueOf(380)),
                "B", new Sessions(380, BigDecimal.valueOf(300)),
                "C", new Sessions(20, BigDecimal.valueOf(10)),
                "D", Sessions.NONE));
        assertThat(figures.children()).isEqualTo(3);
        assertThat(figures.total().possible()).isEqualTo(780);
        assertThat(figures.total().ratePercent()).isEqualByComparingTo("88.5");
        assertThat(figures.persistentlyAbsent()).isEqualTo(2);
        assertThat(figures.persistentAbsencePercent()).isEqualByComparingTo("66.7");
        assertThat(figures.byChild()).doesNotContainKey("D");
    }

    @Test
    void noChildrenGiveNoFiguresRatherThanZero() {
        var figures = AttendanceFigures.of(Map.of());
        assertThat(figures.total().ratePercent()).isNull();
        assertThat(figures.persistentAbsencePercent()).isNull();
    }
}
