package org.ourpromise.leavers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The end of the leaving-care duty, worked by hand: 29 February birthdays, programmes ending either side of 21 and 25. */
class LeavingCareEntitlementsTests {

    @ParameterizedTest(name = "born {0}, {1}, programme ends {2}, declined {3}: duty ends {4}")
    @CsvSource({
        "2005-06-15, ,                    ,           ,           2026-06-15",  // nothing recorded: 21st birthday
        "2004-02-29, TO_21,               ,           ,           2025-03-01",  // 29 February: a year older on 1 March
        "2005-06-15, EDUCATION_PROGRAMME, 2027-07-31, ,           2027-08-01",  // degree ends past 21
        "2005-06-15, EDUCATION_PROGRAMME, 2025-07-31, ,           2026-06-15",  // ends before 21: duty runs to 21
        "2005-06-15, EDUCATION_PROGRAMME, 2031-07-31, ,           2030-06-15",  // never past 25
        "2005-06-15, BACK_IN_EDUCATION,   2028-06-30, ,           2028-07-01",
        "2005-06-15, BACK_IN_EDUCATION,   ,           ,           2030-06-15",
        "2005-06-15, ON_REQUEST_TO_25,    ,           ,           2030-06-15",
        "2005-06-15, ON_REQUEST_TO_25,    ,           2027-03-31, 2027-03-31",  // says they no longer want it
        "2000-02-29, ON_REQUEST_TO_25,    ,           ,           2025-03-01"})
    void theDutyEnds(LocalDate born, @Nullable EntitlementBasis basis, @Nullable LocalDate programmeEnds,
            @Nullable LocalDate declined, LocalDate ends) {
        var e = basis == null ? null : new LeavingCareEntitlement(basis, LocalDate.of(2024, 1, 1), programmeEnds,
                declined, 0);
        assertThat(LeavingCareEntitlements.dutyEnds(born, e)).isEqualTo(ends);
        assertThat(LeavingCareEntitlements.owedOn(born, e, ends.minusDays(1))).isTrue();
        assertThat(LeavingCareEntitlements.owedOn(born, e, ends)).isFalse();
    }
}
