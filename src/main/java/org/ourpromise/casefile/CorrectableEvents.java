package org.ourpromise.casefile;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.ChildRecord;

/**
 * A room's dated events that {@link EventCorrections} can correct or withdraw (decision 0125): the room keeps the
 * table and its checks; the correction's steps (the version read, the reason, the version replaced kept, the audit
 * entry, the stale page) are the same for every kind.
 */
public interface CorrectableEvents {

    /** What the event is called in the chronology and the audit log, in lower case ("health event"). */
    String kind();

    /** The label of the event's date on the form ("Date of the health assessment"). */
    String dateLabel();

    /** The label of the event's end date, or null when the event has none. */
    default @Nullable String endLabel() {
        return null;
    }

    /** The label of the event's value when it can be corrected (an SDQ score), or null. */
    default @Nullable String valueLabel(StoredEvent event) {
        return null;
    }

    /** The child's events as stored, oldest first. */
    List<StoredEvent> stored(String childId);

    /** Adds an error for each impossible fact in the corrected version (the date is entered and valid). */
    void check(FormInput in, ChildRecord child, StoredEvent event, LocalDate date, @Nullable LocalDate end,
            @Nullable String value);

    /** Corrects the event at the version read; false (nothing changed) when it was changed or withdrawn since. */
    boolean correct(String childId, StoredEvent event, LocalDate date, @Nullable LocalDate end, @Nullable String value);

    /** Withdraws the event at the version read; false (nothing changed) when it was changed or withdrawn since. */
    boolean withdraw(String childId, StoredEvent event);

    /** The corrected version in words, as the chronology and the audit log say it. */
    String words(StoredEvent event, LocalDate date, @Nullable LocalDate end, @Nullable String value);

    /** The child's record with this room's events read again after the change. */
    ChildRecord reread(ChildRecord child);

    /** The room's past-tense event, so deadlines, measures and figures are computed again. */
    RecordChanged changed(String childId, StoredEvent event, LocalDate date);
}
