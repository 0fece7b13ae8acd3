package org.ourpromise.missing;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.RecordAssembly;
import org.ourpromise.casefile.RecordPart;
import org.ourpromise.record.ChildRecord;
import org.springframework.stereotype.Component;

/** The missing part of the child's record: missing and away episodes and their return interviews. */
@Component
class MissingRecordPart implements RecordPart {

    private final MissingEpisodeRepository missing;

    MissingRecordPart(MissingEpisodeRepository missing) {
        this.missing = missing;
    }

    @Override
    public void read(@Nullable String childId, RecordAssembly into) {
        into.missing(missing.episodes(childId));
    }

    @Override
    public void addAll(List<ChildRecord> records) {
        missing.insertAll(RecordPart.byChild(records, ChildRecord::missing));
    }
}
