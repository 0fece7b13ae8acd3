package org.ourpromise.care;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.RecordAssembly;
import org.ourpromise.casefile.RecordPart;
import org.ourpromise.record.ChildRecord;
import org.springframework.stereotype.Component;

/** The care part of the child's record: episodes, statutory visits and plan events. */
@Component
class CareRecordPart implements RecordPart {

    private final CareEpisodeRepository care;

    CareRecordPart(CareEpisodeRepository care) {
        this.care = care;
    }

    @Override
    public void read(@Nullable String childId, RecordAssembly into) {
        into.episodes(care.episodes(childId));
        into.visits(care.visits(childId));
        into.plans(care.plans(childId));
    }

    @Override
    public void addAll(List<ChildRecord> records) {
        care.insertAllEpisodes(RecordPart.byChild(records, ChildRecord::episodes));
        care.insertAllVisits(RecordPart.byChild(records, ChildRecord::visits));
        care.insertAllPlans(RecordPart.byChild(records, ChildRecord::plans));
    }
}
