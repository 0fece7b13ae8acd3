package org.ourpromise.casefile;

import org.ourpromise.children.ChildAdded;
import org.ourpromise.cluster.DataVersion;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Raises the records' data version in the transaction of every change to a child's record (or a child added),
 * so that every server's caches see it once it commits (decision 0077). A plain listener, not a transactional
 * one: the raise commits or rolls back with the change.
 */
@Component
class RecordChangesCounted {

    private final DataVersion versions;

    RecordChangesCounted(DataVersion versions) {
        this.versions = versions;
    }

    @EventListener
    void onChange(RecordChanged change) {
        versions.recordChanged(change.childId());
    }

    @EventListener
    void onChildAdded(ChildAdded added) {
        versions.recordChanged(added.childId());
    }
}
