package org.ourpromise.permanence;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.RecordAssembly;
import org.ourpromise.casefile.RecordExtension;
import org.ourpromise.casefile.RecordPart;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.DeprivationOfLiberty;
import org.springframework.stereotype.Component;

/** The permanence part of the child's record: adoption decisions and orders, previous permanence, deprivation of liberty orders. */
@Component
class PermanenceRecordPart implements RecordPart {

    private final PermanenceRepository permanence;

    PermanenceRecordPart(PermanenceRepository permanence) {
        this.permanence = permanence;
    }

    @Override
    public void read(@Nullable String childId, RecordAssembly into) {
        into.adoptionDecisions(permanence.adoptionDecisions(childId));
        into.adoptionOrders(permanence.adoptionOrders(childId));
        into.previousPermanence(permanence.previousPermanence(childId));
        into.deprivationOfLiberty(permanence.deprivationOfLiberty(childId));
    }

    @Override
    public void addAll(List<ChildRecord> records) {
        permanence.insertAdoptionDecisions(RecordPart.byChild(records, ChildRecord::adoptionDecisions));
        permanence.insertAdoptionOrders(RecordPart.oneByChild(records, ChildRecord::adoption));
        permanence.insertPreviousPermanence(RecordPart.oneByChild(records, ChildRecord::previousPermanence));
        permanence.insertDeprivationOfLiberty(RecordPart.byChild(records, ChildRecord::deprivationOfLiberty));
    }

    /** New rows added; an order held open that the other year shows ended is ended, not added again. */
    @Override
    public void extendAll(Map<String, ChildRecord> held, List<ChildRecord> merged) {
        var added = RecordExtension.additions(held, merged);
        var ended = new java.util.ArrayList<Object[]>();
        var newOrders = new java.util.LinkedHashMap<String, List<DeprivationOfLiberty>>();
        for (var a : added) {
            var heldOpen = held.get(a.childId()).deprivationOfLiberty().stream().filter(d -> d.ended() == null)
                    .map(DeprivationOfLiberty::started).toList();
            var fresh = new java.util.ArrayList<DeprivationOfLiberty>();
            for (var d : a.deprivationOfLiberty()) {
                if (heldOpen.contains(d.started())) {
                    ended.add(new Object[] {a.childId(), d.started(), d.ended()});
                } else {
                    fresh.add(d);
                }
            }
            newOrders.put(a.childId(), fresh);
        }
        permanence.endDeprivationOfLiberty(ended);
        permanence.insertAdoptionDecisions(RecordPart.byChild(added, ChildRecord::adoptionDecisions));
        permanence.insertAdoptionOrders(RecordPart.oneByChild(added, ChildRecord::adoption));
        permanence.insertPreviousPermanence(RecordPart.oneByChild(added, ChildRecord::previousPermanence));
        permanence.insertDeprivationOfLiberty(newOrders);
    }
}
