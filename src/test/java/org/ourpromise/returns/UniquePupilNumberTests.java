package org.ourpromise.returns;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The UPN check letter (DfE rule 168; govtalk UniquePupilNumber 2.0). */
class UniquePupilNumberTests {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

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

    @Property
    @Label("UPN: exactly one of the 23 check letters fits any 12 digits (rule 168)")
    void exactlyOneCheckLetterFits(@ForAll("twelveDigits") String digits) {
        long fitting = LETTERS.chars().filter(c -> UniquePupilNumber.isValid((char) c + digits)).count();
        assertThat(fitting).isEqualTo(1);
    }

    @Property
    @Label("UPN: changing any one digit of a valid UPN is caught (weights 2-13 and 23 is prime)")
    void oneDigitTyposAreCaught(@ForAll("twelveDigits") String digits, @ForAll @IntRange(min = 1, max = 12) int position,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        String upn = LETTERS.chars().mapToObj(c -> (char) c + digits).filter(UniquePupilNumber::isValid)
                .findFirst().orElseThrow();
        char[] typo = upn.toCharArray();
        typo[position] = (char) ('0' + (typo[position] - '0' + shift) % 10);
        assertThat(UniquePupilNumber.isValid(new String(typo))).isFalse();
    }

    @Provide
    Arbitrary<String> twelveDigits() {
        return Arbitraries.strings().withChars("0123456789").ofLength(12);
    }

    @ParameterizedTest
    @CsvSource({"M80120000500A, true", "B80120000500A, false", "M80120000500I, false"})
    void aTemporaryUpnEndsWithALetterThatCountsByItsPlace(String upn, boolean valid) {
        // 8x2 + 1x4 + 2x5 + 5x10 + A (0) x 13 = 80, 80 mod 23 = 11 -> M; I is not in the alphabet
        assertThat(UniquePupilNumber.isValid(upn)).isEqualTo(valid);
    }
}
