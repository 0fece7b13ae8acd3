package org.ourpromise.casefile;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One recorded event as its room keeps it, to choose and correct it (decision 0125): its row id, its type in the
 * room's own terms (which a correction keeps), its date, its end date and value where the event has them, what it
 * says in words (kept as the version replaced), and its version.
 */
public record StoredEvent(long id, String type, LocalDate date, @Nullable LocalDate end, @Nullable String value, String words,
        int version) {
}
