package org.ourpromise.allocations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ourpromise.children.ChildRegister.RegisteredChild;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.Identity;

/** Who is on the manager's list, worked by hand at the edges of "today" and of ages 16 and 21. */
class UnallocatedTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);

    private static RegisteredChild child(String id, LocalDate born) {
        return new RegisteredChild(id, new Identity("A", "Child", born, "F", "WBRI", null, null, null, null, false), null);
    }

    private static CareEpisode episode(LocalDate from, LocalDate to, String rec) {
        return new CareEpisode(from, "S", "C2", "N1", "U4", "PR1", to, rec, null, "LE1 1AA", "LE2 2BB", null);
    }

    @Test
    void childrenInCareNeedASocialWorkerAndAnIroAndYoungCareLeaversAnAdviser() {
        var sw = new Allocation(Allocation.Role.SOCIAL_WORKER, "SW1", "T1", LocalDate.of(2025, 1, 1), TODAY, null);
        var iro = new Allocation(Allocation.Role.INDEPENDENT_REVIEWING_OFFICER, "IRO1", "IRO", LocalDate.of(2025, 1, 1),
                null, null);
        var children = Map.of(
                // in care; the social worker's allocation ends today, so today she has none (longest waiting first)
                "A", child("A", LocalDate.of(2014, 1, 1)),
                // left care on her 16th birthday, under 21 today: needs an adviser
                "B", child("B", LocalDate.of(2008, 6, 1)),
                // left care the day before her 16th birthday: not a care leaver
                "C", child("C", LocalDate.of(2008, 6, 1)),
                // 21 today: no longer on the list
                "D", child("D", LocalDate.of(2005, 3, 31)));
        var episodes = Map.of(
                "A", List.of(new CareEpisode(LocalDate.of(2025, 1, 1), "S", "C2", "N1", "U4", "PR1", null, null, null,
                        "LE1 1AA", "LE2 2BB", null)),
                "B", List.of(episode(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 6, 1), "E13")),
                "C", List.of(episode(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 5, 31), "E13")),
                "D", List.of(episode(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 3, 31), "E13")));
        var list = UnallocatedController.of(new java.util.TreeMap<>(children), episodes,
                Map.of("A", List.of(sw, iro)), TODAY);
        assertThat(list).extracting(UnallocatedController.Unallocated::childId).containsExactly("B", "A");
        assertThat(list.get(0).missing()).containsExactly("Personal adviser");
        assertThat(list.get(1).missing()).containsExactly("Social worker");
    }

    @Test
    void aHandOverIsNotAnOverlapButAnythingElseOfTheSameRoleIs() {
        var open = new org.ourpromise.children.ChildRegister.StoredAllocation(1, 0, new Allocation(
                Allocation.Role.SOCIAL_WORKER, "SW1", "T1", LocalDate.of(2024, 2, 29), null, null));
        var closed = new org.ourpromise.children.ChildRegister.StoredAllocation(2, 0, new Allocation(
                Allocation.Role.SOCIAL_WORKER, "SW2", "T1", LocalDate.of(2023, 1, 1), LocalDate.of(2024, 2, 29), null));
        Handover.WorkerWords words = a -> a.workerId();
        var next = new Allocation(Allocation.Role.SOCIAL_WORKER, "SW3", "T1", LocalDate.of(2024, 3, 1), null, null);
        assertThat(Handover.of(List.of(closed, open), next, words)).isEqualTo(new Handover(open, null));
        // starting the same day as the open one: no hand-over, an overlap
        var sameDay = new Allocation(Allocation.Role.SOCIAL_WORKER, "SW3", "T1", LocalDate.of(2024, 2, 29), null, null);
        assertThat(Handover.of(List.of(open), sameDay, words).problem()).contains("overlaps SW1");
        // inside a closed one: an overlap; on its end day: not
        var inside = new Allocation(Allocation.Role.SOCIAL_WORKER, "SW3", "T1", LocalDate.of(2024, 2, 28), null, null);
        assertThat(Handover.of(List.of(closed), inside, words).problem()).contains("overlaps SW2");
        assertThat(Handover.overlap(closed.allocation(), new Allocation(Allocation.Role.SOCIAL_WORKER, "SW3", "T1",
                LocalDate.of(2024, 2, 29), null, null))).isFalse();
        // another role never overlaps
        var iro = new Allocation(Allocation.Role.INDEPENDENT_REVIEWING_OFFICER, "I1", "IRO", LocalDate.of(2024, 2, 28),
                null, null);
        assertThat(Handover.of(List.of(open, closed), iro, words)).isEqualTo(new Handover(null, null));
    }
}
