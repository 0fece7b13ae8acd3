package org.ourpromise.timescales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.timescales.CareLeaverBands.Band;
import org.ourpromise.record.CareLeaverContact;

/** The board's monthly care leaver figures, worked by hand: two-month windows at month ends, birthdays on the day. */
class CareLeaverBandsTests {

    private static CareLeaverContact contact(LocalDate on, String inTouch, String activity, String accommodation) {
        return new CareLeaverContact(on, inTouch, activity, accommodation, false, false, null);
    }

    @ParameterizedTest(name = "as at {0}, contact {1}: in touch {2}")
    @CsvSource({
        "2026-03-31, 2026-01-31, false",  // two months before 31 March is 31 January: not after it
        "2026-03-31, 2026-02-01, true",
        "2026-04-30, 2026-02-28, false",  // 30 April less two months is 28 February
        "2026-04-30, 2026-03-01, true",
        "2024-04-29, 2024-02-29, false",  // leap year: 29 February itself is outside
        "2024-04-29, 2024-03-01, true",
        "2026-03-31, 2026-03-31, true",   // on the day counts
        "2026-03-31, 2026-04-01, false"}) // after the day does not
    void inTouchInTheLastTwoMonths(LocalDate asAt, LocalDate contactOn, boolean inTouch) {
        var leaver = new CareLeaverBands.Leaver("L1", LocalDate.of(2005, 1, 1),
                List.of(contact(contactOn, "YES", "F2", "U1")), false);
        var band = CareLeaverBands.asAt(asAt, List.of(leaver)).get(Band.AGED_19_TO_21.ordinal());
        assertThat(band.leavers()).isEqualTo(1);
        assertThat(band.inTouch()).isEqualTo(inTouch ? 1 : 0);
    }

    @Test
    void eetAndAccommodationComeFromTheLatestContactAndAgeFromTheBirthdayOnTheDay() {
        var asAt = LocalDate.of(2026, 11, 22);
        // turns 19 on the day: counted 19 to 21; latest contact NEET (G6) in unsuitable accommodation (B2)
        var a = new CareLeaverBands.Leaver("A", LocalDate.of(2007, 11, 22), List.of(
                contact(LocalDate.of(2026, 6, 1), "YES", "F1", "U1"),
                contact(LocalDate.of(2026, 10, 1), "YES", "G6", "B2")), true);
        // 18 the day before her 19th birthday: 17 to 18; in education, suitable, contact refused (not in touch)
        var b = new CareLeaverBands.Leaver("B", LocalDate.of(2007, 11, 23), List.of(
                contact(LocalDate.of(2026, 11, 1), "REFU", "P2", "S1")), false);
        // 26: outside every band
        var c = new CareLeaverBands.Leaver("C", LocalDate.of(2000, 1, 1), List.of(), false);
        var f = CareLeaverBands.asAt(asAt, List.of(a, b, c));
        assertThat(f.get(Band.AGED_19_TO_21.ordinal())).isEqualTo(new CareLeaverBands.Figures(Band.AGED_19_TO_21, 1, 1, 0, 0, 1));
        assertThat(f.get(Band.AGED_17_TO_18.ordinal())).isEqualTo(new CareLeaverBands.Figures(Band.AGED_17_TO_18, 1, 0, 1, 1, 0));
        assertThat(f.get(Band.AGED_22_TO_25.ordinal()).leavers()).isZero();
    }
}
