package org.ourpromise.worklists;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.timescales.DeadlineRule;
import org.ourpromise.timescales.DueItem;
import org.ourpromise.timescales.DueStatus;

/**
 * Issue 16: the timeliness page said "100% on time" for needs assessments when 67 of 74 were never done. An
 * item not done by a deadline that has passed counts as late in the on-time share; one whose deadline has not
 * come yet counts nowhere. Worked by hand for April 2026, items worked out as at 10 May 2026 (or, for the
 * not-yet-due case, a period running past the as-at day).
 */
class TimelinessOnTimeShareTests {

    private static final LocalDate FROM = LocalDate.of(2026, 4, 1);
    private static final LocalDate TO = LocalDate.of(2026, 4, 30);
    private static final DeadlineRule RULE = DeadlineRule.NEEDS_ASSESSMENT_16;

    @ParameterizedTest(name = "{0} on time, {1} late, {2} not done and overdue, {3} not due yet: {4}")
    @CsvSource(nullValues = "none", value = {
        // the case: 7 done on time, 67 never done -> 7 of 74, 9.46% -> 9%
        "7, 0, 67, 0, 9",
        // nothing missed: 3 of 4 done on time -> 75%
        "3, 1, 0, 0, 75",
        // 1 on time, 2 late, 2 overdue -> 1 of 5 = 20%; the not-yet-due one counts nowhere
        "1, 2, 2, 1, 20",
        // only never done: 0 of 2 -> 0%, not "no figure"
        "0, 0, 2, 0, 0",
        // nothing whose deadline has come -> no figure
        "0, 0, 0, 3, none"})
    void notDoneByAPassedDeadlineCountsAsLate(int onTime, int late, int overdue, int notDueYet, Long percent) {
        var items = new ArrayList<DueItem>();
        for (int i = 0; i < onTime; i++) {
            items.add(done(LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 9)));
        }
        for (int i = 0; i < late; i++) {
            items.add(done(LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 20)));
        }
        for (int i = 0; i < overdue; i++) {
            items.add(open(LocalDate.of(2026, 4, 12), DueStatus.OVERDUE));
        }
        for (int i = 0; i < notDueYet; i++) {
            // due on the period's last day, worked out before it: still due, not late
            items.add(open(TO, DueStatus.DUE));
        }
        var child = new ChildDueItems("words-T1", "Child words-T1", null, null, null, List.copyOf(items), List.of());
        var rows = Timeliness.of(List.of(child), FROM, TO, Map.of()).rows();
        assertThat(rows).hasSize(1);
        var row = rows.get(0);
        assertThat(row.outstanding()).isEqualTo(overdue + notDueYet);
        assertThat(row.missed()).isEqualTo(overdue);
        assertThat(row.onTimePercent()).isEqualTo(percent);
    }

    private static DueItem done(LocalDate due, LocalDate on) {
        return new DueItem(RULE, "words-T1", due, on.isAfter(due) ? DueStatus.DONE_LATE : DueStatus.DONE_ON_TIME, on,
                "needs assessment", "turned 16", due.minusMonths(3));
    }

    private static DueItem open(LocalDate due, DueStatus status) {
        return new DueItem(RULE, "words-T1", due, status, null, null, "turned 16", due.minusMonths(3));
    }
}
