package org.ourpromise.health;

import java.time.Clock;
import java.time.LocalDate;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.ChildAccess;
import org.ourpromise.access.Permission;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.children.ChildRegister;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may open a child's health pages: the looked-after children's nurse for every child (unless a restriction keeps
 * the record from them), case workers for the children their role's scope gives them. Every opening and every change
 * is audited with the child.
 */
@Service
class HealthAccess {

    static final String CHILD_ID = "[A-Za-z0-9_-]{1,40}";

    private final ChildAccess access;
    private final ChildRegister children;
    private final AuditLog audit;
    private final Clock clock;

    HealthAccess(ChildAccess access, ChildRegister children, AuditLog audit, Clock clock) {
        this.access = access;
        this.children = children;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The child, once the user is known to be allowed, without an audit entry (a change is audited instead). */
    ChildRegister.RegisteredChild check(PromiseUser user, String childId) {
        if (!childId.matches(CHILD_ID)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No child " + childId);
        }
        boolean nurse = user.can(Permission.MANAGE_HEALTH) && access.restrictionAllows(user, childId);
        if (!nurse && !access.canView(user, childId)) {
            throw new AccessDeniedException("child " + childId + " is outside " + user.username() + "'s scope");
        }
        return children.find(childId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No child " + childId));
    }

    /** The child, once the user is known to be allowed; the view is audited. */
    ChildRegister.RegisteredChild open(PromiseUser user, String childId, String what) {
        var child = check(user, childId);
        audit.record(AuditLog.Action.VIEW_RECORD, childId, what);
        return child;
    }

    void changed(String childId, String what) {
        audit.record(AuditLog.Action.RECORD_EVENT, childId, what);
    }
}
