package org.ourpromise.demo.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UniquePupilNumberTests {

    /**
     * Hand-worked: B801200005001 has 8x2 + 1x4 + 2x5 + 5x10 + 1x13 = 93, 93 mod 23 = 1, B (the
     * example in DfE's UPN guidance as quoted by python-stdnum's documentation). 207000016049 has
     * 2x2 + 7x4 + 1x9 + 6x10 + 4x12 + 9x13 = 266, mod 23 = 13, P (I and O are skipped).
     */
    @ParameterizedTest
    @CsvSource({"801200005001, B", "207000016049, P", "000000000000, A", "000000000001, P"})
    void checkLetterFollowsTheDfeModulus23Rule(String digits, char letter) {
        assertThat(UniquePupilNumber.checkLetter(digits)).isEqualTo(letter);
        assertThat(UniquePupilNumber.isValid(letter + digits)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"A801200005001", "B80120000500", "I000000000000", "UN1"})
    void wrongOrMalformedNumbersAreRefused(String upn) {
        assertThat(UniquePupilNumber.isValid(upn)).isFalse();
    }
}
