package org.ourpromise.health;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.RecordAssembly;
import org.ourpromise.casefile.RecordPart;
import org.ourpromise.record.ChildRecord;
import org.springframework.stereotype.Component;

/** The health part of the child's record: assessments, checks, questionnaires and the rest. */
@Component
class HealthRecordPart implements RecordPart {

    private final HealthEventRepository health;

    HealthRecordPart(HealthEventRepository health) {
        this.health = health;
    }

    @Override
    public void read(@Nullable String childId, RecordAssembly into) {
        into.health(health.events(childId));
    }

    @Override
    public void addAll(List<ChildRecord> records) {
        health.insertAll(RecordPart.byChild(records, ChildRecord::health));
    }
}
