package org.ourpromise.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.ChildAccess;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.children.ChildRegister;
import org.ourpromise.children.ChildRegister.RegisteredChild;
import org.ourpromise.record.ChildRecord;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening and finding children's records: the access check, the read and the audit entry happen
 * in one transaction, so no record is shown without being logged.
 */
@Service
public class CaseFile {

    /** Search results are capped: a search is for finding one child, not browsing the council. */
    static final int SEARCH_LIMIT = 50;

    private final CareRecords records;
    private final ChildRegister register;
    private final ChildAccess access;
    private final AuditLog audit;
    private final Clock clock;

    CaseFile(CareRecords records, ChildRegister register, ChildAccess access, AuditLog audit, Clock clock) {
        this.records = records;
        this.register = register;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<RegisteredChild> search(PromiseUser user, String query) {
        var visible = access.visibleChildren(user);
        var found = register.search(query, visible.map(List::copyOf).orElse(null), SEARCH_LIMIT);
        audit.record(AuditLog.Action.SEARCH, null, "searched for \"" + query + "\": " + found.size() + " found");
        return found;
    }

    /** The child's record, if the user may see it; the view is audited. */
    @Transactional
    public ChildRecord open(PromiseUser user, String childId, String what) {
        if (!access.canView(user, childId)) {
            throw new AccessDeniedException("child " + childId + " is outside " + user.username() + "'s scope");
        }
        var record = records.load(childId).orElseThrow(() -> new ChildNotFoundException(childId));
        audit.record(AuditLog.Action.VIEW_RECORD, childId, what);
        return record;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
