package org.ourpromise.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ourpromise.record.ChildRecord;

/**
 * What importing a return does to each child, decided before anything is written: a child not yet held
 * is added; a child held with exactly this record, or whose record already holds all the return says, is left
 * alone (so importing the same return again changes nothing); a child held from another year has their record
 * extended by this year ({@link HistoryMerge}); a child whose stored record contradicts the return (another date
 * of birth or sex, episodes that overlap differently) is a problem reported child by child, and then nothing at
 * all is written.
 */
record ImportPlan(List<ChildRecord> toAdd, List<ChildRecord> toExtend, Map<String, ChildRecord> held,
        List<String> unchanged, List<String> problems) {

    static ImportPlan of(List<ChildRecord> incoming, Map<String, ChildRecord> stored, int year) {
        var add = new ArrayList<ChildRecord>();
        var extend = new ArrayList<ChildRecord>();
        var extendedHeld = new HashMap<String, ChildRecord>();
        var same = new ArrayList<String>();
        var problems = new ArrayList<String>();
        for (var child : incoming) {
            var held = stored.get(child.childId());
            if (held == null) {
                add.add(child);
            } else if (held.equals(child)) {
                same.add(child.childId());
            } else {
                var outcome = HistoryMerge.merge(held, child, year);
                if (outcome.problem() != null) {
                    problems.add(outcome.problem());
                } else if (Objects.requireNonNull(outcome.merged()).equals(held)) {
                    same.add(child.childId());
                } else {
                    extend.add(outcome.merged());
                    extendedHeld.put(held.childId(), held);
                }
            }
        }
        return new ImportPlan(List.copyOf(add), List.copyOf(extend), Map.copyOf(extendedHeld), List.copyOf(same), List.copyOf(problems));
    }
}
