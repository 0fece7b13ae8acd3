package org.ourpromise.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.record.PeriodsOfCare.Join;

/** Where a period of care begins (DOMAIN.md §1.1, MEASURES.md §0) under each reader's join (decision 0014). */
class PeriodsOfCareTests {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @ParameterizedTest(name = "previous REC {0} ceased {1}, next RNE {2} started {3}: same day {4}, no gap {5}, reasons {6}")
    @CsvSource(nullValues = "-", value = {
        // an X1 change on the day the previous episode ceased continues the period for every reader
        "X1, 10/05/2025, P, 10/05/2025, false, false, false",
        "X1, 29/02/2024, T, 29/02/2024, false, false, false",
        // a gap of a day: the record and the measures start a new period, the rules read only the reasons
        "X1, 29/02/2024, P, 01/03/2024, true, true, false",
        "X1, 31/03/2025, P, 01/04/2025, true, true, false",
        // an overlap (bad data): only the record starts a new period
        "X1, 10/05/2025, P, 09/05/2025, true, false, false",
        // an X1 with no end date (bad data): only the record starts a new period
        "X1, -, P, 10/05/2025, true, false, false",
        // an undated next episode: the record cannot join it on
        "X1, 10/05/2025, P, -, true, false, false",
        // RNE S, or a previous REC other than X1 (or none: still open), always starts one
        "X1, 10/05/2025, S, 10/05/2025, true, true, true",
        "E4A, 10/05/2025, P, 10/05/2025, true, true, true",
        "-, -, P, 10/05/2025, true, true, true",
        "'', 10/05/2025, P, 10/05/2025, true, true, true"})
    void whereANewPeriodStarts(@Nullable String previousRec, @Nullable String previousCeased, String rne,
            @Nullable String started, boolean sameDay, boolean noGap, boolean reasonsOnly) {
        var ceased = date(previousCeased);
        var start = date(started);
        assertThat(PeriodsOfCare.startsNewPeriod(rne, previousRec, ceased, start, Join.SAME_DAY)).isEqualTo(sameDay);
        assertThat(PeriodsOfCare.startsNewPeriod(rne, previousRec, ceased, start, Join.NO_GAP)).isEqualTo(noGap);
        assertThat(PeriodsOfCare.startsNewPeriod(rne, previousRec, ceased, start, Join.REASONS_ONLY))
                .isEqualTo(reasonsOnly);
    }

    @Test
    void splitCutsWhereThePredicateHoldsAndAlwaysStartsWithTheFirst() {
        assertThat(PeriodsOfCare.split(List.<Integer>of(), (a, b) -> true)).isEmpty();
        // a new run wherever the next number is not one more than the previous
        assertThat(PeriodsOfCare.split(List.of(1, 2, 3, 7, 8, 10), (a, b) -> b != a + 1))
                .containsExactly(List.of(1, 2, 3), List.of(7, 8), List.of(10));
    }

    @Test
    void periodsOfTheRecordAreInDateOrderAndJoinOnlyOnTheDay() {
        // given out of order: 1 Jan-1 Mar (S), 1 Mar-5 Apr (P, after X1), 6 Apr open (P, after X1 but a day later)
        var first = episode("01/01/2024", "S", "01/03/2024", "X1");
        var second = episode("01/03/2024", "P", "05/04/2024", "X1");
        var third = episode("06/04/2024", "P", null, null);
        var periods = PeriodOfCare.of(List.of(third, second, first));
        assertThat(periods).containsExactly(new PeriodOfCare(List.of(first, second)), new PeriodOfCare(List.of(third)));
        assertThat(periods.get(0).end()).isEqualTo(LocalDate.of(2024, 4, 5));
        assertThat(periods.get(0).endReason()).isEqualTo("X1");
        assertThat(periods.get(1).isOpenAt(LocalDate.of(2024, 4, 6))).isTrue();
        assertThat(periods.get(1).isOpenAt(LocalDate.of(2024, 4, 5))).isFalse();
    }

    @Property
    @Label("the joins are nested: whatever starts a period for the rules does for the measures, and theirs for the record")
    void joinsAreNested(@ForAll("recs") @Nullable String previousRec, @ForAll("rnes") String rne,
            @ForAll @IntRange(min = -3, max = 3) int gap, @ForAll boolean previousDated) {
        var ceased = LocalDate.of(2024, 2, 29);
        var previousCeased = previousDated ? ceased : null;
        var started = ceased.plusDays(gap);
        boolean reasons = PeriodsOfCare.startsNewPeriod(rne, previousRec, previousCeased, started, Join.REASONS_ONLY);
        boolean noGap = PeriodsOfCare.startsNewPeriod(rne, previousRec, previousCeased, started, Join.NO_GAP);
        boolean sameDay = PeriodsOfCare.startsNewPeriod(rne, previousRec, previousCeased, started, Join.SAME_DAY);
        assertThat(!reasons || noGap).isTrue();
        assertThat(!noGap || sameDay).isTrue();
        // on clean data, an episode starting the day the previous one ceased, the three readers agree
        if (previousDated && gap == 0) {
            assertThat(sameDay).isEqualTo(reasons);
        }
    }

    @Provide
    Arbitrary<@Nullable String> recs() {
        return Arbitraries.of("X1", "E4A", "E11", "").injectNull(0.2);
    }

    @Provide
    Arbitrary<String> rnes() {
        return Arbitraries.of("S", "P", "L", "T", "U", "B");
    }

    private static @Nullable LocalDate date(@Nullable String d) {
        return d == null ? null : LocalDate.parse(d, DAY);
    }

    private static CareEpisode episode(String started, String rne, @Nullable String ceased, @Nullable String rec) {
        return new CareEpisode(LocalDate.parse(started, DAY), rne, "C2", "N1", "U1", null, date(ceased), rec, null,
                null, null, null);
    }
}
