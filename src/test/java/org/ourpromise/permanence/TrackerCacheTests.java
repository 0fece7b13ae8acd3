package org.ourpromise.permanence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ourpromise.WebTestSupport;
import org.ourpromise.cluster.DataVersion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The tracker's rows are kept against the data versions: the same rows while nothing changes, and a plan recorded
 * (which raises the permanence tables' version) is on the next view.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:permanence-cache-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class TrackerCacheTests extends WebTestSupport {

    @Autowired
    private PermanenceTracker tracker;
    @Autowired
    private PermanenceStore store;
    @Autowired
    private DataVersion versions;

    @Test
    void aPlanRecordedRaisesTheVersionAndIsOnTheNextView() {
        var day = tracker.today();
        var first = tracker.tracked(Optional.empty(), day);
        assertThat(tracker.tracked(Optional.empty(), day)).isSameAs(first);
        var child = first.stream().filter(t -> t.plan() == null).findFirst().orElseThrow();
        long before = versions.current(DataVersion.Area.PERMANENCE);
        store.addPlan(child.childId(), PermanenceOption.LONG_TERM_FOSTERING, day.minusDays(1), null, null, "test");
        assertThat(versions.current(DataVersion.Area.PERMANENCE)).isEqualTo(before + 1);
        var after = tracker.tracked(Optional.empty(), day);
        assertThat(after).isNotSameAs(first);
        assertThat(after.stream().filter(t -> t.childId().equals(child.childId())).findFirst().orElseThrow().plan())
                .isNotNull();
        assertThat(tracker.tracked(Optional.of(java.util.Set.of(child.childId())), day)).hasSize(1);
        assertThat(LocalDate.of(2026, 11, 22)).isEqualTo(day);
    }
}
