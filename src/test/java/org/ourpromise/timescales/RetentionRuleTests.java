package org.ourpromise.timescales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.timescales.RetentionRule.Basis;
import org.ourpromise.timescales.RetentionRule.Facts;

/** How long a case record is kept: hand-worked dates at the edges, then properties over many records. */
class RetentionRuleTests {

    private static @Nullable LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }

    @ParameterizedTest(name = "born {0}, died {1}, adopted {2}: kept until {3} ({4})")
    @CsvSource(nullValues = "-", value = {
        // 75 years from birth
        "2010-06-15, -, -, 2085-06-15, BIRTH",
        // born 29 February: 2087 is not a leap year, so the 75th anniversary is 1 March
        "2012-02-29, -, -, 2087-03-01, BIRTH",
        // a 29 February birth's 75th anniversary always falls in an odd year, so on 1 March
        "1952-02-29, -, -, 2027-03-01, BIRTH",
        // died before 18: 15 years from the death
        "2005-03-10, 2020-07-01, -, 2035-07-01, DEATH_IN_CHILDHOOD",
        // died the day before the 18th birthday: still a child
        "2005-03-10, 2023-03-09, -, 2038-03-09, DEATH_IN_CHILDHOOD",
        // died on the 18th birthday: an adult that day, so 75 years from birth
        "2005-03-10, 2023-03-10, -, 2080-03-10, BIRTH",
        // born 29 February 2008: 18 on 1 March 2026 (not a leap year); died 28 February 2026, still a child
        "2008-02-29, 2026-02-28, -, 2041-02-28, DEATH_IN_CHILDHOOD",
        // ... and died on 1 March 2026, 18 that day
        "2008-02-29, 2026-03-01, -, 2083-03-01, BIRTH",
        // died on 29 February 2024: the 15th anniversary in 2039 (not a leap year) is 1 March
        "2010-05-01, 2024-02-29, -, 2039-03-01, DEATH_IN_CHILDHOOD",
        // adoption: 100 years from the order
        "2015-04-01, -, 2018-11-30, 2118-11-30, ADOPTION",
        // adopted, then died as a child: at least 100 years from the order still
        "2015-04-01, 2020-01-01, 2018-11-30, 2118-11-30, ADOPTION",
        // an order made on 29 February 2024: 2124 is a leap year, so 29 February
        "2019-07-07, -, 2024-02-29, 2124-02-29, ADOPTION"})
    void handWorked(String born, String died, String adopted, String keepUntil, String basis) {
        var retention = RetentionRule.of(new Facts(LocalDate.parse(born), date(died), date(adopted), false));
        assertThat(retention.keepUntil()).isEqualTo(LocalDate.parse(keepUntil));
        assertThat(retention.basis()).isEqualTo(Basis.valueOf(basis));
        // kept on its date, past the day after
        assertThat(retention.pastOn(retention.keepUntil())).isFalse();
        assertThat(retention.pastOn(retention.keepUntil().plusDays(1))).isTrue();
    }

    @Test
    void aLegalHoldStopsDisposalWhateverTheDate() {
        var born1940 = new Facts(LocalDate.of(1940, 1, 1), null, null, false);
        assertThat(RetentionRule.of(born1940).keepUntil()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(RetentionRule.of(born1940).pastOn(LocalDate.of(2026, 11, 22))).isTrue();
        var held = new Facts(LocalDate.of(1940, 1, 1), null, null, true);
        assertThat(RetentionRule.of(held).pastOn(LocalDate.of(2026, 11, 22))).isFalse();
        assertThat(RetentionRule.of(held).pastOn(LocalDate.of(2999, 12, 31))).isFalse();
    }

    @Provide
    Arbitrary<LocalDate> births() {
        return Arbitraries.integers().between(0, 60 * 366).map(d -> LocalDate.of(1940, 1, 1).plusDays(d));
    }

    @Property
    void withoutDeathOrAdoptionTheRecordIsKeptUntilThe75thBirthday(@ForAll("births") LocalDate born) {
        var keep = RetentionRule.of(new Facts(born, null, null, false)).keepUntil();
        assertThat(Birthdays.age(born, keep)).isEqualTo(75);
        assertThat(Birthdays.age(born, keep.minusDays(1))).isEqualTo(74);
    }

    @Property
    void aDeathInChildhoodKeeps15YearsAndADeathInAdulthoodChangesNothing(@ForAll("births") LocalDate born,
            @ForAll @IntRange(min = 0, max = 80 * 366) int daysLived) {
        LocalDate died = born.plusDays(daysLived);
        var retention = RetentionRule.of(new Facts(born, died, null, false));
        if (Birthdays.age(born, died) < 18) {
            assertThat(retention.keepUntil()).isEqualTo(Birthdays.nth(died, 15));
            assertThat(retention.keepUntil()).isBefore(Birthdays.nth(born, 75));
        } else {
            assertThat(retention).isEqualTo(RetentionRule.of(new Facts(born, null, null, false)));
        }
    }

    @Property
    void anAdoptedChildsRecordIsKeptAtLeast100YearsFromTheOrder(@ForAll("births") LocalDate born,
            @ForAll @IntRange(min = 0, max = 18 * 365) int ageAtOrder, @ForAll boolean died,
            @ForAll @IntRange(min = 0, max = 30 * 366) int daysLived) {
        LocalDate order = born.plusDays(ageAtOrder);
        var retention = RetentionRule.of(new Facts(born, died ? born.plusDays(daysLived) : null, order, false));
        assertThat(retention.keepUntil()).isAfterOrEqualTo(order.plusYears(100));
        assertThat(retention.pastOn(order.plusYears(100).minusDays(1))).isFalse();
    }

    @Property
    void oncePastAlwaysPastAndNeverPastUnderAHold(@ForAll("births") LocalDate born,
            @ForAll @IntRange(min = 0, max = 150 * 366) int later) {
        var free = RetentionRule.of(new Facts(born, null, null, false));
        var held = RetentionRule.of(new Facts(born, null, null, true));
        LocalDate day = born.plusDays(later);
        if (free.pastOn(day)) {
            assertThat(free.pastOn(day.plusDays(1))).isTrue();
        }
        assertThat(held.pastOn(day)).isFalse();
        assertThat(held.keepUntil()).isEqualTo(free.keepUntil());
    }
}
