package org.ourpromise.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NHS numbers: modulus 11 over the first nine digits, weights 10 down to 2 (NHS Data Dictionary). */
class NhsNumberTests {

    @ParameterizedTest(name = "{0} valid={1}")
    @CsvSource({
        // worked by hand: 943 476 5919 -> 9*10+4*9+3*8+4*7+7*6+6*5+5*4+9*3+1*2 = 299; 299 mod 11 = 2; 11-2 = 9
        "9434765919, true",
        "943 476 5919, true",
        "9434765918, false",
        // 401 023 2137: sum 4*10+0+1*8+0+2*6+3*5+2*4+1*3+3*2 = 92; 92 mod 11 = 4; 11-4 = 7
        "4010232137, true",
        "123456789, false",
        "12345678901, false",
        "94347659AB, false",
        "'', false"})
    void checkDigit(String text, boolean valid) {
        assertThat(NhsNumber.isValid(text)).isEqualTo(valid);
    }

    @org.junit.jupiter.api.Test
    void aCheckValueOfTenMeansNoValidNumber() {
        // 000 000 001: the ninth digit has weight 2: 1*2 = 2; 2 mod 11 = 2; 11-2 = 9
        assertThat(NhsNumber.checkDigit("000000001")).isEqualTo(9);
        // 000 000 010: the eighth digit has weight 3: 3 mod 11 = 3; 11-3 = 8
        assertThat(NhsNumber.checkDigit("000000010")).isEqualTo(8);
        // 000 000 006: 6*2 = 12; 12 mod 11 = 1; 11-1 = 10 -> no check digit works
        assertThat(NhsNumber.checkDigit("000000006")).isEqualTo(-1);
        // 000 000 000: sum 0 -> 11 -> check digit 0
        assertThat(NhsNumber.checkDigit("000000000")).isZero();
    }

    @Property
    void exactlyOneFinalDigitMakesANumberValidUnlessNoneDoes(@ForAll @IntRange(min = 0, max = 999_999_999) int n) {
        String nine = String.format("%09d", n);
        long validEndings = java.util.stream.IntStream.range(0, 10).filter(d -> NhsNumber.isValid(nine + d)).count();
        assertThat(validEndings).isEqualTo(NhsNumber.checkDigit(nine) < 0 ? 0 : 1);
    }

    @org.junit.jupiter.api.Test
    void theRecordRefusesAnInvalidNhsNumber() {
        assertThatThrownBy(() -> new Identity("A", "B", LocalDate.of(2015, 1, 1), "F", "WBRI", null, "9434765918", null,
                null, false)).hasMessageContaining("NHS number");
        assertThat(new Identity("A", "B", LocalDate.of(2015, 1, 1), "F", "WBRI", null, "9434765919", null, null, false)
                .nhsNumber()).isEqualTo("9434765919");
    }
}
