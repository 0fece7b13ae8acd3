package org.ourpromise.leavers;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.RecordAssembly;
import org.ourpromise.casefile.RecordPart;
import org.ourpromise.record.ChildRecord;
import org.springframework.stereotype.Component;

/** The care leaver part of the child's record: the contacts with the young person. */
@Component
class CareLeaverRecordPart implements RecordPart {

    private final CareLeaverContactRepository leavers;

    CareLeaverRecordPart(CareLeaverContactRepository leavers) {
        this.leavers = leavers;
    }

    @Override
    public void read(@Nullable String childId, RecordAssembly into) {
        into.careLeaverContacts(leavers.contacts(childId));
    }

    @Override
    public void addAll(List<ChildRecord> records) {
        leavers.insertAll(RecordPart.byChild(records, ChildRecord::careLeaverContacts));
    }
}
