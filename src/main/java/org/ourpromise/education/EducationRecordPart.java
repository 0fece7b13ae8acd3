package org.ourpromise.education;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.RecordAssembly;
import org.ourpromise.casefile.RecordPart;
import org.ourpromise.record.ChildRecord;
import org.springframework.stereotype.Component;

/** The education part of the child's record: school placements and personal education plan meetings. */
@Component
class EducationRecordPart implements RecordPart {

    private final EducationEventRepository education;

    EducationRecordPart(EducationEventRepository education) {
        this.education = education;
    }

    @Override
    public void read(@Nullable String childId, RecordAssembly into) {
        into.education(education.events(childId));
    }

    @Override
    public void addAll(List<ChildRecord> records) {
        education.insertAll(RecordPart.byChild(records, ChildRecord::education));
    }
}
