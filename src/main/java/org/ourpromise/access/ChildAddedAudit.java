package org.ourpromise.access;

import org.ourpromise.children.ChildAdded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Audits a child added in Promise, in the same transaction (children cannot reach the audit log itself). */
@Component
class ChildAddedAudit {

    private final AuditLog audit;

    ChildAddedAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(ChildAdded added) {
        audit.recordAs(added.username(), AuditLog.Action.RECORD_EVENT, added.childId(), added.detail());
    }
}
