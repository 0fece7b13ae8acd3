package org.ourpromise.casefile;

import org.jspecify.annotations.Nullable;

/**
 * Published in the transaction that changed a child's record (an event recorded, records imported),
 * so that anything computed from records (worklists) can be refreshed once the change is committed.
 *
 * @param childId the child whose record changed; null when many may have (import, demo data)
 */
public record CareRecordChanged(@Nullable String childId) {
}
