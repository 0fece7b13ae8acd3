package org.ourpromise.permanence;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.RecordAssembly;
import org.ourpromise.casefile.RecordPart;
import org.ourpromise.record.ChildRecord;
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
}
