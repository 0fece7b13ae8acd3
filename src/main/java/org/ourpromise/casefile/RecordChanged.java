package org.ourpromise.casefile;

import org.jspecify.annotations.Nullable;

/**
 * A past-tense event about a child's record, published in the transaction that made the change: a feature's
 * own event ({@code care.PlacementChanged}, {@code reviews.ReviewRecorded}, ...) or {@link CareRecordChanged}
 * for whole records. Whatever is computed from records (worklists, data quality, reports) listens for this
 * and refreshes once the change is committed; a feature that cares about one kind of change listens for that
 * event alone.
 */
public interface RecordChanged {

    /** The child whose record changed; null when many may have (import, demo data). */
    @Nullable String childId();
}
