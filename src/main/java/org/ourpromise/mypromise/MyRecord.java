package org.ourpromise.mypromise;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.CurrentFacts;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.ChildRecord;

/**
 * The signed-in young person's own record, as at today, with the facts their pages need. Built only from their own
 * record, so no page can show anyone else's.
 */
record MyRecord(ChildRecord child, CurrentFacts facts, LocalDate today) {

    public String childId() {
        return child.childId();
    }

    public String firstName() {
        return child.identity().givenName();
    }

    public boolean inCare() {
        return "In care".equals(facts.status());
    }

    public boolean careLeaver() {
        return "Care leaver".equals(facts.status());
    }

    /** The worker allocated today in a role, with their team. */
    @Nullable Allocation current(Allocation.Role role) {
        return child.allocations().stream().filter(a -> a.role() == role && a.isCurrentOn(today))
                .reduce((a, b) -> b.from().isBefore(a.from()) ? a : b).orElse(null);
    }

    /** Every worker ever allocated to them: the people "who looked at my file" names. */
    List<String> ownWorkerIds() {
        return child.allocations().stream().map(Allocation::workerId).distinct().toList();
    }
}
