package org.ourpromise.allocations;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.children.ChildRegister.StoredAllocation;
import org.ourpromise.record.Allocation;

/**
 * What a new allocation does to the child's others of the same role: the open one that began before it
 * is handed over (ended on the new one's first day: on a hand-over day the new worker answers); any
 * other overlap is refused, so a child never has two workers in one role on a day.
 *
 * @param ending   the allocation handed over, or null
 * @param problem  why the allocation is refused, or null
 */
record Handover(@Nullable StoredAllocation ending, @Nullable String problem) {

    static Handover of(List<StoredAllocation> existing, Allocation next, WorkerWords words) {
        StoredAllocation ending = null;
        for (var stored : existing) {
            var e = stored.allocation();
            if (e.role() != next.role()) {
                continue;
            }
            if (e.to() == null && e.from().isBefore(next.from()) && ending == null) {
                ending = stored;
            } else if (overlap(e, next)) {
                return new Handover(null, "This overlaps " + words.describe(e) + ". End or correct that allocation"
                        + " first, or choose dates that do not overlap it");
            }
        }
        return new Handover(ending, null);
    }

    /** Two spans [from, to) overlap; an open end is for ever. */
    static boolean overlap(Allocation a, Allocation b) {
        return before(a.from(), b.to()) && before(b.from(), a.to());
    }

    private static boolean before(LocalDate day, @Nullable LocalDate end) {
        return end == null || day.isBefore(end);
    }

    /** How an allocation is named in a message. */
    interface WorkerWords {
        String describe(Allocation a);
    }
}
