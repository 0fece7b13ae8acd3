package org.ourpromise.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ledger's measure at its edges, worked by hand with a 90-day time to answer and today 22 November 2026:
 * an item raised 24 August 2026 is due 22 November 2026 (8 days of August, 30 of September, 31 of October, 21 of
 * November = 90).
 */
class LedgerMeasureTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static Said item(String raised, Said.Status status, @Nullable String told) {
        return new Said(1, LocalDate.parse(raised), Said.Source.GROUP, 1L, null, null, "Children in Care Council",
                "Wi-fi in every home", "SW001", "Sam", status == Said.Status.OPEN ? null : "We asked the providers",
                status == Said.Status.CHANGED ? "Wi-fi fitted" : null, told == null ? null : LocalDate.parse(told),
                status, 0);
    }

    @ParameterizedTest(name = "raised {0}, {1}, told {2}: counted {3}, in time {4}, changed in time {5}")
    @CsvSource(nullValues = "-", value = {
        // told back on the 90th day: in time
        "2026-08-24, CHANGED,     2026-11-22, 1, 1, 1",
        // told back the day after the 90th: counted, late
        "2026-08-23, CHANGED,     2026-11-22, 1, 0, 0",
        // answered on the day it was raised, nothing changed: answered in time, not changed
        "2026-11-01, NOT_CHANGED, 2026-11-01, 1, 1, 0",
        // open and due today: still inside its time, not counted
        "2026-08-24, OPEN,        -,          0, 0, 0",
        // open and due yesterday: counted, not answered
        "2026-08-23, OPEN,        -,          1, 0, 0",
        // answered early, long before its time ran out: counted at once
        "2026-11-20, CHANGED,     2026-11-21, 1, 1, 1"})
    void oneItem(String raised, Said.Status status, @Nullable String told, int counted, int inTime, int changed) {
        var m = LedgerMeasure.of(List.of(item(raised, status, told)), TODAY, 90);
        assertThat(m).isEqualTo(new LedgerMeasure(90, counted, inTime, changed));
    }

    @Test
    void percentagesAreOfTheItemsCounted() {
        // 3 counted: one changed in time, one answered in time without change, one open and late; one not yet due
        var m = LedgerMeasure.of(List.of(item("2026-09-01", Said.Status.CHANGED, "2026-10-01"),
                item("2026-09-01", Said.Status.NOT_CHANGED, "2026-10-01"), item("2026-01-01", Said.Status.OPEN, null),
                item("2026-11-01", Said.Status.OPEN, null)), TODAY, 90);
        assertThat(m).isEqualTo(new LedgerMeasure(90, 3, 2, 1));
        assertThat(m.percentChanged()).isEqualTo("33%");
        assertThat(m.percentAnswered()).isEqualTo("67%");
        assertThat(LedgerMeasure.of(List.of(), TODAY, 90).percentChanged()).isEmpty();
    }

    @Test
    void theCouncilsTimeDecides() {
        // told back after 30 days: in time when the council allows 30 days, late when it allows 29
        var item = item("2026-10-01", Said.Status.CHANGED, "2026-10-31");
        assertThat(LedgerMeasure.of(List.of(item), TODAY, 30).changedInTime()).isEqualTo(1);
        assertThat(LedgerMeasure.of(List.of(item), TODAY, 29).changedInTime()).isZero();
    }
}
