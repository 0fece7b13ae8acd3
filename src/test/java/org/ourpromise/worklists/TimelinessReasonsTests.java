package org.ourpromise.worklists;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ourpromise.timescales.DeadlineRule;
import org.ourpromise.timescales.DueItem;
import org.ourpromise.timescales.DueStatus;

/**
 * Reasons for lateness on the timeliness summary, worked by hand: period 1 April to 30 April 2026, items
 * due, done on time, done late (explained or not) and outstanding (explained or not), and items outside it.
 */
class TimelinessReasonsTests {

    private static final LocalDate FROM = LocalDate.of(2026, 4, 1);
    private static final LocalDate TO = LocalDate.of(2026, 4, 30);

    private static DueItem done(DeadlineRule rule, String child, LocalDate due, LocalDate on) {
        return new DueItem(rule, child, due, on.isAfter(due) ? DueStatus.DONE_LATE : DueStatus.DONE_ON_TIME, on,
                "visit", "placement started", due.minusWeeks(1));
    }

    private static DueItem open(DeadlineRule rule, String child, LocalDate due) {
        return new DueItem(rule, child, due, DueStatus.OVERDUE, null, null, "placement started", due.minusWeeks(1));
    }

    private static ChildDueItems child(String id, DueItem... items) {
        return new ChildDueItems(id, "Child " + id, null, null, null, List.of(items), List.of());
    }

    private static LatenessExplanation why(String child, DeadlineRule rule, LocalDate due, String reason) {
        return new LatenessExplanation(child, rule, due, reason.length(), reason, null, "sw1",
                LocalDateTime.of(2026, 5, 1, 9, 0));
    }

    @Test
    void lateAndOutstandingItemsAreCountedByTheReasonGivenAndTheRestAsUnexplained() {
        var v = DeadlineRule.VISIT_FIRST_YEAR;
        var iha = DeadlineRule.IHA;
        var a = child("A",
                done(v, "A", LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 2)),   // on time
                done(v, "A", LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 14)), // late, court timescales
                open(v, "A", LocalDate.of(2026, 4, 28)));                           // outstanding, sickness
        var b = child("B",
                done(v, "B", LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 8)),   // late, no reason
                open(v, "B", LocalDate.of(2026, 4, 20)),                            // outstanding, court timescales
                open(iha, "B", LocalDate.of(2026, 4, 29)),                          // outstanding, not told
                open(v, "B", LocalDate.of(2026, 5, 4)));                            // after the period: not counted
        var explanations = Map.of(
                LatenessExplanation.key("A", v, LocalDate.of(2026, 4, 10)), why("A", v, LocalDate.of(2026, 4, 10), "Court timescales"),
                LatenessExplanation.key("A", v, LocalDate.of(2026, 4, 28)), why("A", v, LocalDate.of(2026, 4, 28), "Sickness"),
                LatenessExplanation.key("B", v, LocalDate.of(2026, 4, 20)), why("B", v, LocalDate.of(2026, 4, 20), "Court timescales"),
                LatenessExplanation.key("B", iha, LocalDate.of(2026, 4, 29)), why("B", iha, LocalDate.of(2026, 4, 29), "Not told"),
                // explained, but its item is on time: never counted as a reason for lateness
                LatenessExplanation.key("A", v, LocalDate.of(2026, 4, 3)), why("A", v, LocalDate.of(2026, 4, 3), "Sickness"),
                LatenessExplanation.key("B", v, LocalDate.of(2026, 5, 4)), why("B", v, LocalDate.of(2026, 5, 4), "Sickness"));

        var t = Timeliness.of(List.of(a, b), FROM, TO, explanations);

        var visits = t.rows().stream().filter(r -> r.rule() == v).findFirst().orElseThrow();
        assertThat(visits.due()).isEqualTo(5);
        assertThat(visits.onTime()).isEqualTo(1);
        assertThat(visits.late()).isEqualTo(2);
        assertThat(visits.outstanding()).isEqualTo(2);
        assertThat(visits.reasons()).containsExactly(new Timeliness.ReasonCount("Court timescales", 1, 1),
                new Timeliness.ReasonCount("Sickness", 0, 1));
        assertThat(visits.unexplained()).isEqualTo(new Timeliness.ReasonCount(Timeliness.NO_REASON, 1, 0));

        var ihaRow = t.rows().stream().filter(r -> r.rule() == iha).findFirst().orElseThrow();
        assertThat(ihaRow.reasons()).containsExactly(new Timeliness.ReasonCount("Not told", 0, 1));
        assertThat(ihaRow.unexplained().total()).isZero();

        assertThat(t.reasons()).containsExactly(new Timeliness.ReasonCount("Court timescales", 1, 1),
                new Timeliness.ReasonCount("Not told", 0, 1), new Timeliness.ReasonCount("Sickness", 0, 1));
        assertThat(t.unexplained()).isEqualTo(new Timeliness.ReasonCount(Timeliness.NO_REASON, 1, 0));
    }

    @Test
    void theDrillDownCarriesEachItemsReason() {
        var v = DeadlineRule.VISIT_FIRST_YEAR;
        var due = LocalDate.of(2026, 4, 10);
        var a = child("A", done(v, "A", due, LocalDate.of(2026, 4, 14)));
        var items = Timeliness.drillDown(List.of(a), v, Timeliness.Outcome.LATE, FROM, TO,
                Map.of(LatenessExplanation.key("A", v, due), why("A", v, due, "Court timescales")));
        assertThat(items).singleElement().satisfies(i -> assertThat(i.explanation().reason()).isEqualTo("Court timescales"));
    }
}
