package org.ourpromise.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ourpromise.record.ChildRecords;
import org.junit.jupiter.api.Test;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.PlanEvent;
import org.ourpromise.record.ReviewHeld;
import org.ourpromise.timescales.DeadlineRule;
import org.ourpromise.timescales.DueStatus;
import org.ourpromise.timescales.TimescaleSettings;

/** What is open on a child's record and worklists: a midway check the next review has overtaken is not. */
class OpenDeadlinesTests {

    private static ChildRecord child(List<PlanEvent> checks) {
        var start = LocalDate.of(2026, 1, 5);
        return ChildRecords.child("C1", "Test", "Child", LocalDate.of(2012, 1, 1), "F")
                .episode(new CareEpisode(start, "S", "C2", "N1", "U6", "PR1", null, null, null, null, null, null))
                .review(new ReviewHeld(LocalDate.of(2026, 1, 29), "PN1", null, null),
                        new ReviewHeld(LocalDate.of(2026, 4, 29), "PN1", null, null))
                .plans(checks)
                .build();
    }

    @Test
    void aMidwayCheckMissedBeforeTheNextReviewIsNoLongerOpen() {
        // midway checks due 15 March (missed) and 29 July 2026 (done on 20 July); as at 1 August
        var record = child(List.of(new PlanEvent(PlanEvent.Kind.IRO_MIDWAY_CHECK, LocalDate.of(2026, 7, 20))));
        var asAt = LocalDate.of(2026, 8, 1);
        var all = org.ourpromise.timescales.DeadlineEngine.englandAndWales().dueItems(record, asAt,
                TimescaleSettings.defaults());
        assertThat(all).anyMatch(i -> i.rule() == DeadlineRule.IRO_MIDWAY_CHECK && i.status() == DueStatus.OVERDUE
                && i.due().equals(LocalDate.of(2026, 3, 15)));
        var open = OpenDeadlines.of(record, asAt, LocalDate.of(2026, 1, 5), TimescaleSettings.defaults());
        assertThat(open.items()).noneMatch(i -> i.rule() == DeadlineRule.IRO_MIDWAY_CHECK);
    }

    @Test
    void theCurrentMidwayCheckStaysOpenUntilDone() {
        var open = OpenDeadlines.of(child(List.of()), LocalDate.of(2026, 8, 1), LocalDate.of(2026, 1, 5),
                TimescaleSettings.defaults());
        assertThat(open.items()).filteredOn(i -> i.rule() == DeadlineRule.IRO_MIDWAY_CHECK).singleElement()
                .satisfies(i -> assertThat(i.due()).isEqualTo(LocalDate.of(2026, 7, 29)));
    }
}
