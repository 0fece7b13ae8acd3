package org.ourpromise.education;

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
 * Who may open a child's education record: the Virtual School for every child, case workers for the children
 * their role's scope gives them. Every opening is audited with the child.
 */
@Service
class EducationAccess {

    static final String CHILD_ID = "[A-Za-z0-9_-]{1,40}";

    private final ChildAccess access;
    private final ChildRegister children;
    private final AuditLog audit;

    EducationAccess(ChildAccess access, ChildRegister children, AuditLog audit) {
        this.access = access;
        this.children = children;
        this.audit = audit;
    }

    /** The child, once the user is known to be allowed; the view is audited. */
    ChildRegister.RegisteredChild open(PromiseUser user, String childId, String what) {
        if (!childId.matches(CHILD_ID)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No child " + childId);
        }
        boolean virtualSchool = user.can(Permission.MANAGE_EDUCATION) && access.restrictionAllows(user, childId);
        if (!virtualSchool && !access.canView(user, childId)) {
            throw new AccessDeniedException("child " + childId + " is outside " + user.username() + "'s scope");
        }
        var child = children.find(childId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No child " + childId));
        audit.record(AuditLog.Action.VIEW_RECORD, childId, what);
        return child;
    }

    void changed(String childId, String what) {
        audit.record(AuditLog.Action.RECORD_EVENT, childId, what);
    }
}
