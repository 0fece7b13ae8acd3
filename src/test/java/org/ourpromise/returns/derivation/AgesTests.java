package org.ourpromise.returns.derivation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MEASURES.md §0: whole years completed; a 29 February child is a year older on 1 March in other years. */
class AgesTests {

    @ParameterizedTest(name = "born {0}, on {1}: age {2}")
    @CsvSource(textBlock = """
            2008-02-29, 2025-02-28, 16
            2008-02-29, 2025-03-01, 17
            2008-02-29, 2024-02-29, 16
            2008-03-31, 2025-03-31, 17
            2008-04-01, 2025-03-31, 16
            """)
    void ageOn(LocalDate born, LocalDate on, int age) {
        assertThat(Ages.on(born, on)).isEqualTo(age);
    }

    @ParameterizedTest(name = "born {0}: turns {1} on {2}")
    @CsvSource(textBlock = """
            2008-02-29, 17, 2025-03-01
            2008-02-29, 16, 2024-02-29
            2008-03-31, 17, 2025-03-31
            """)
    void birthday(LocalDate born, int age, LocalDate expected) {
        assertThat(Ages.birthday(born, age)).isEqualTo(expected);
        assertThat(Ages.on(born, expected)).isEqualTo(age);
        assertThat(Ages.on(born, expected.minusDays(1))).isEqualTo(age - 1);
    }
}
