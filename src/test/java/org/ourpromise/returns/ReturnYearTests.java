package org.ourpromise.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The year every page opens at: worked by hand around 31 March and the window's last day. */
class ReturnYearTests {

    private final ReturnYear thirtiethOfJune = new ReturnYear(6, 30);

    @Test
    void onThe31stOfMarchTheYearInProgressIsStillBeingPrepared() {
        // 2025-26 ends today; 2024-25's window closed on 30 June 2025
        assertThat(thirtiethOfJune.beingPreparedOn(LocalDate.of(2026, 3, 31))).isEqualTo(2026);
    }

    @Test
    void onThe1stOfAprilTheYearJustEndedIsBeingPrepared() {
        // 2026-27 starts, but 2025-26 (ended yesterday) is the return being prepared: the year does not change
        assertThat(thirtiethOfJune.beingPreparedOn(LocalDate.of(2026, 4, 1))).isEqualTo(2026);
    }

    @Test
    void theWindowsLastDayIsStillTheYearJustEndedAndTheNextDayIsTheYearInProgress() {
        assertThat(thirtiethOfJune.beingPreparedOn(LocalDate.of(2026, 6, 29))).isEqualTo(2026);
        assertThat(thirtiethOfJune.beingPreparedOn(LocalDate.of(2026, 6, 30))).isEqualTo(2026);
        assertThat(thirtiethOfJune.beingPreparedOn(LocalDate.of(2026, 7, 1))).isEqualTo(2027);
        assertThat(thirtiethOfJune.windowCloses(2026)).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void theTestCouncilsDayIsInTheYearInProgressAndNewYearChangesNothing() {
        assertThat(thirtiethOfJune.beingPreparedOn(LocalDate.of(2026, 11, 22))).isEqualTo(2027);
        assertThat(thirtiethOfJune.beingPreparedOn(LocalDate.of(2026, 12, 31))).isEqualTo(2027);
        assertThat(thirtiethOfJune.beingPreparedOn(LocalDate.of(2027, 1, 1))).isEqualTo(2027);
        // a leap day falls in the year in progress
        assertThat(thirtiethOfJune.beingPreparedOn(LocalDate.of(2028, 2, 29))).isEqualTo(2028);
    }

    @Test
    void aCouncilMayCloseItsWindowOnAnotherDay() {
        var endOfJuly = new ReturnYear(7, 31);
        assertThat(endOfJuly.beingPreparedOn(LocalDate.of(2026, 7, 31))).isEqualTo(2026);
        assertThat(endOfJuly.beingPreparedOn(LocalDate.of(2026, 8, 1))).isEqualTo(2027);
    }

    @Test
    void aWindowThatClosesBeforeTheYearEndsOrOnNoRealDayIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new ReturnYear(3, 31)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("April to December");
        assertThatThrownBy(() -> new ReturnYear(13, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReturnYear(6, 31)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a day");
    }

    /** Day by day the year never goes back, and it moves on only on the day after the window closes. */
    @Property(tries = 300)
    void theYearMovesOnOnceAYearTheDayAfterTheWindowCloses(@ForAll @IntRange(min = 0, max = 20_000) int days,
            @ForAll @IntRange(min = 4, max = 12) int month) {
        var closes = MonthDay.of(month, 28);
        var today = LocalDate.of(2000, 1, 1).plusDays(days);
        int year = ReturnYear.beingPreparedOn(today, closes);
        int tomorrow = ReturnYear.beingPreparedOn(today.plusDays(1), closes);
        int inProgress = Ssda903Dates.collectionYearOf(today);
        assertThat(year).isBetween(inProgress - 1, inProgress);
        assertThat(tomorrow - year).isBetween(0, 1);
        assertThat(tomorrow != year).isEqualTo(today.equals(closes.atYear(today.getYear())));
    }
}
