package org.ourpromise.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** What holds of the ledger's measure for any ledger, any day and any time the council sets. */
class LedgerMeasurePropertiesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static List<Said> ledger(long seed, int size) {
        var random = new Random(seed);
        var items = new ArrayList<Said>();
        for (int i = 0; i < size; i++) {
            var raised = TODAY.minusDays(random.nextInt(400));
            var status = Said.Status.values()[random.nextInt(3)];
            LocalDate told = status == Said.Status.OPEN ? null
                    : raised.plusDays(random.nextInt((int) (TODAY.toEpochDay() - raised.toEpochDay()) + 1));
            items.add(new Said(i, raised, Said.Source.GROUP, 1L, null, null, "group", "said", "SW001", "Sam",
                    status == Said.Status.OPEN ? null : "response", status == Said.Status.CHANGED ? "changed" : null,
                    told, status, 0));
        }
        return items;
    }

    @Property
    void changedInTimeWithinAnsweredInTimeWithinCounted(@ForAll long seed, @ForAll @IntRange(max = 60) int size,
            @ForAll @IntRange(min = 1, max = 365) int days) {
        var m = LedgerMeasure.of(ledger(seed, size), TODAY, days);
        assertThat(m.changedInTime()).isBetween(0, m.answeredInTime());
        assertThat(m.answeredInTime()).isLessThanOrEqualTo(m.counted());
        assertThat(m.counted()).isLessThanOrEqualTo(size);
    }

    /** More time to answer never makes fewer answers in time. */
    @Property
    void moreTimeNeverLowersAnswersInTime(@ForAll @LongRange(min = 0, max = 10_000) long seed,
            @ForAll @IntRange(min = 1, max = 300) int days) {
        var items = ledger(seed, 30);
        assertThat(LedgerMeasure.of(items, TODAY, days + 1).answeredInTime())
                .isGreaterThanOrEqualTo(LedgerMeasure.of(items, TODAY, days).answeredInTime());
    }
}
