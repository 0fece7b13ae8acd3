package org.ourpromise.returns.rules.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ages as the 903 rules count them: the age changes on the birthday itself; a 29 February birthday
 * falls on 28 February in other years, as the DfE community validator counts it (UNCONFIRMED for
 * DfE's own tool; see {@link Ages}).
 */
class AgesTests {

    @ParameterizedTest(name = "born {0}, {1}th birthday on {2}")
    @CsvSource({
            "2008-02-29, 18, 2026-02-28",
            "2008-02-29, 16, 2024-02-29",
            "2007-03-31, 18, 2025-03-31",
            "2007-04-01, 18, 2025-04-01",
    })
    void birthdays(LocalDate dob, int years, LocalDate expected) {
        assertThat(Ages.birthday(dob, years)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "born {0}, on {1} aged {2}")
    @CsvSource({
            "2008-02-29, 2026-02-27, 17",
            "2008-02-29, 2026-02-28, 18",
            "2008-02-29, 2024-02-29, 16",
            "2007-04-01, 2025-03-31, 17",
            "2007-04-01, 2025-04-01, 18",
            "2025-05-01, 2025-04-30, -1",
    })
    void agesOnTheDay(LocalDate dob, LocalDate on, int expected) {
        assertThat(Ages.ageOn(dob, on)).isEqualTo(expected);
    }

    @Property
    void theAgeChangesExactlyOnTheBirthday(@ForAll("dates") LocalDate dob, @ForAll("years") int years) {
        var birthday = Ages.birthday(dob, years);
        assertThat(Ages.ageOn(dob, birthday)).isEqualTo(years);
        assertThat(Ages.ageOn(dob, birthday.minusDays(1))).isEqualTo(years - 1);
        assertThat(Ages.atLeast(dob, birthday, years)).isTrue();
        assertThat(Ages.atLeast(dob, birthday.minusDays(1), years)).isFalse();
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(0, 365L * 40).map(d -> LocalDate.of(1990, 1, 1).plusDays(d));
    }

    @Provide
    Arbitrary<Integer> years() {
        return Arbitraries.integers().between(1, 30);
    }
}
