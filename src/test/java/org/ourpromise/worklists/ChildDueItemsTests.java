package org.ourpromise.worklists;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecords;
import org.ourpromise.timescales.DeadlineEngine;
import org.ourpromise.timescales.TimescaleSettings;

/** Who answers for a child's items on the day one social worker hands over to another. */
class ChildDueItemsTests {

    @Test
    void onTheHandOverDayTheNewWorkerAnswers() {
        var handOver = LocalDate.of(2026, 11, 20);
        var child = ChildRecords.child("C1", "Test", "Child", LocalDate.of(2012, 1, 1), "F")
                .episode(new CareEpisode(LocalDate.of(2026, 1, 5), "S", "C2", "N1", "U6", "PR1", null, null, null, null,
                        null, null))
                .allocation(new Allocation(Allocation.Role.SOCIAL_WORKER, "SW_NEW", "T1", handOver, null, null),
                        new Allocation(Allocation.Role.SOCIAL_WORKER, "SW_OLD", "T1", LocalDate.of(2026, 1, 5), handOver,
                                "CHANGE"))
                .build();
        var engine = DeadlineEngine.englandAndWales();
        assertThat(ChildDueItems.of(child, handOver, engine, TimescaleSettings.defaults()).socialWorker().workerId())
                .isEqualTo("SW_NEW");
        assertThat(ChildDueItems.of(child, handOver.minusDays(1), engine, TimescaleSettings.defaults()).socialWorker()
                .workerId()).isEqualTo("SW_OLD");
    }
}
