package org.ourpromise.care;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.RecordAssembly;
import org.ourpromise.casefile.RecordExtension;
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

    /** Episodes the other year changed (one now ended, one added) are replaced whole; visits and plans added. */
    @Override
    public void extendAll(Map<String, ChildRecord> held, List<ChildRecord> merged) {
        for (var m : merged) {
            if (!m.episodes().equals(held.get(m.childId()).episodes())) {
                care.replaceEpisodes(m.childId(), m.episodes());
            }
        }
        var added = RecordExtension.additions(held, merged);
        care.insertAllVisits(RecordPart.byChild(added, ChildRecord::visits));
        care.insertAllPlans(RecordPart.byChild(added, ChildRecord::plans));
    }
}
