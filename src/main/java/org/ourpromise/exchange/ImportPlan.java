package org.ourpromise.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.returns.Ssda903Dates;

/**
 * What importing a return does to each child, decided before anything is written: a child not yet held
 * is added; a child held with exactly this record is left alone (so importing the same return again
 * changes nothing); a child whose stored record contradicts the return (another date of birth, episodes
 * that overlap differently) is a problem reported child by child, and then nothing at all is written.
 */
record ImportPlan(List<ChildRecord> toAdd, List<String> unchanged, List<String> problems) {

    static ImportPlan of(List<ChildRecord> incoming, Map<String, ChildRecord> stored) {
        var add = new ArrayList<ChildRecord>();
        var same = new ArrayList<String>();
        var problems = new ArrayList<String>();
        for (var child : incoming) {
            var held = stored.get(child.childId());
            if (held == null) {
                add.add(child);
            } else if (held.equals(child)) {
                same.add(child.childId());
            } else {
                problems.add(contradiction(held, child));
            }
        }
        return new ImportPlan(List.copyOf(add), List.copyOf(same), List.copyOf(problems));
    }

    /** The first difference that matters, in the council's words. */
    private static String contradiction(ChildRecord held, ChildRecord incoming) {
        String id = "import-903: child " + incoming.childId() + ": ";
        var heldDob = held.identity().dateOfBirth();
        var dob = incoming.identity().dateOfBirth();
        if (!heldDob.equals(dob)) {
            return id + "date of birth " + Ssda903Dates.format(dob) + " in the return, "
                    + Ssda903Dates.format(heldDob) + " in the record";
        }
        for (var e : incoming.episodes()) {
            for (var h : held.episodes()) {
                if (!h.equals(e) && overlap(h, e)) {
                    return id + "the episode from " + Ssda903Dates.format(e.started()) + " overlaps the recorded episode"
                            + " from " + Ssda903Dates.format(h.started()) + " with different facts";
                }
            }
        }
        return id + "the record already holds a different history for this child; correct it in Promise or import"
                + " a return that agrees with it";
    }

    private static boolean overlap(CareEpisode a, CareEpisode b) {
        return (b.ceased() == null || a.started().isBefore(b.ceased()))
                && (a.ceased() == null || b.started().isBefore(a.ceased()));
    }
}
