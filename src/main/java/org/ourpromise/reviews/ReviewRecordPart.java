package org.ourpromise.reviews;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.RecordAssembly;
import org.ourpromise.casefile.RecordPart;
import org.ourpromise.record.ChildRecord;
import org.springframework.stereotype.Component;

/** The reviews part of the child's record: reviews of arrangements held and the IRO's paperwork. */
@Component
class ReviewRecordPart implements RecordPart {

    private final ReviewRepository reviews;

    ReviewRecordPart(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    @Override
    public void read(@Nullable String childId, RecordAssembly into) {
        into.reviews(reviews.reviews(childId));
    }

    @Override
    public void addAll(List<ChildRecord> records) {
        reviews.insertAll(RecordPart.byChild(records, ChildRecord::reviews));
    }
}
