package org.ourpromise.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourpromise.health.HealthServices.Summary;

/**
 * The health summary's due item, at its edges: it opens six months before the 18th birthday, is due by the day
 * before it and is out of date from the birthday; it closes when the summary is given; a young person who has
 * left care has none.
 */
class SummaryDueTests {

    private static final LocalDate DOB = LocalDate.of(2008, 6, 15);

    private static java.util.Optional<SummaryDue> on(LocalDate dob, boolean lookedAfter, List<Summary> summaries,
            LocalDate today) {
        return SummaryDue.of("A", "Alex Test", dob, lookedAfter, summaries, today);
    }

    @Test
    void opensSixMonthsBeforeThe18thBirthdayAndIsDueTheDayBefore() {
        // 18 on 15 June 2026: opens 15 December 2025, due by 14 June 2026
        assertThat(on(DOB, true, List.of(), LocalDate.of(2025, 12, 14))).isEmpty();
        var first = on(DOB, true, List.of(), LocalDate.of(2025, 12, 15)).orElseThrow();
        assertThat(first.opensOn()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(first.dueBy()).isEqualTo(LocalDate.of(2026, 6, 14));
        assertThat(first.overdue()).isFalse();
        assertThat(first.stage()).isEqualTo("To make from the record");
        assertThat(on(DOB, true, List.of(), LocalDate.of(2026, 6, 14)).orElseThrow().overdue()).isFalse();
        // still recorded as looked after on the birthday (care not yet closed): out of date
        assertThat(on(DOB, true, List.of(), LocalDate.of(2026, 6, 15)).orElseThrow().overdue()).isTrue();
    }

    @Test
    void bornOn29FebruaryTurns18On1MarchSoTheSummaryIsDueBy28February() {
        var dob = LocalDate.of(2008, 2, 29);
        var item = on(dob, true, List.of(), LocalDate.of(2026, 2, 28)).orElseThrow();
        assertThat(item.dueBy()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(item.overdue()).isFalse();
        assertThat(item.opensOn()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(on(dob, true, List.of(), LocalDate.of(2025, 8, 31))).isEmpty();
        assertThat(on(dob, true, List.of(), LocalDate.of(2026, 3, 1)).orElseThrow().overdue()).isTrue();
    }

    @Test
    void aSummaryAlreadyGivenClosesTheItemAndEachStepBeforeItIsNamed() {
        var today = LocalDate.of(2026, 3, 1);
        var made = new Summary("A", LocalDate.of(2026, 2, 1), null, null, null, 0);
        var checked = new Summary("A", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 3), "nurse1", null, 1);
        var given = new Summary("A", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 3), "nurse1",
                LocalDate.of(2026, 2, 10), 2);
        assertThat(on(DOB, true, List.of(made), today).orElseThrow().stage()).isEqualTo("To check");
        assertThat(on(DOB, true, List.of(checked), today).orElseThrow().stage()).isEqualTo("To give to the young person");
        assertThat(on(DOB, true, List.of(given), today)).isEmpty();
        // given on the due day itself: closed
        var onTheDay = new Summary("A", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 2), "nurse1",
                LocalDate.of(2026, 6, 14), 2);
        assertThat(on(DOB, true, List.of(onTheDay), LocalDate.of(2026, 6, 14))).isEmpty();
    }

    @Test
    void aYoungPersonWhoLeftCareBefore18HasNoItem() {
        assertThat(on(DOB, false, List.of(), LocalDate.of(2026, 3, 1))).isEmpty();
    }
}
