package org.ourpromise.casefile;

import org.jspecify.annotations.Nullable;

/**
 * Published in the transaction that changed children's records as a whole (records imported, demo data),
 * so that anything computed from records can be refreshed once the change is committed. Listeners listen
 * for {@link RecordChanged}, which the features' own events are too.
 *
 * @param childId the child whose record changed; null when many may have (import, demo data)
 */
public record CareRecordChanged(@Nullable String childId) implements RecordChanged {
}
