package org.ourpromise.restricted;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.ChildAccess;
import org.ourpromise.access.Permission;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.access.RecordRestrictions;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.casefile.StaleEdit;
import org.ourpromise.children.ChildRegister;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Restricting a record and opening one with a reason: the checks, the change, the alert and the audit entry, in one
 * transaction.
 */
@Service
class Restrictions {

    static final String CHILD_ID = "[A-Za-z0-9_-]{1,40}";
    static final int MAX_REASON = 500;
    static final int MAX_NAMED = 1000;

    /** What the manager's page shows: the restriction (if any), who opened the record with a reason, the managers. */
    record Page(Optional<RecordRestrictions.Restriction> restriction, List<RecordRestrictions.Opening> openings,
            Set<String> managers) {
    }

    private final RecordRestrictions restrictions;
    private final ChildAccess access;
    private final ChildRegister register;
    private final UserAccounts users;
    private final ManagerAlerts alerts;
    private final RestrictionAlertRepository alertStore;
    private final AuditLog audit;
    private final Clock clock;

    Restrictions(RecordRestrictions restrictions, ChildAccess access, ChildRegister register, UserAccounts users,
            ManagerAlerts alerts, RestrictionAlertRepository alertStore, AuditLog audit, Clock clock) {
        this.restrictions = restrictions;
        this.access = access;
        this.register = register;
        this.users = users;
        this.alerts = alerts;
        this.alertStore = alertStore;
        this.audit = audit;
        this.clock = clock;
    }

    /** The manager's page; seeing it clears the manager's notices about the record. Audited. */
    @Transactional
    Page page(PromiseUser user, String childId) {
        checkManager(user, childId);
        var restriction = restrictions.restriction(childId);
        alertStore.seen(user.username(), childId, LocalDateTime.now(clock));
        audit.record(AuditLog.Action.VIEW_RECORD, childId, "viewed the record's restriction and who opened it");
        return new Page(restriction, restrictions.openings(childId),
                restriction.map(r -> alerts.managersOf(r, today())).orElse(Set.of()));
    }

    /** Every opening of the record with a reason, for its CSV: the managers of the page only. Audited as an export. */
    @Transactional
    List<RecordRestrictions.Opening> openingsExported(PromiseUser user, String childId) {
        checkManager(user, childId);
        var openings = restrictions.openings(childId);
        audit.record(AuditLog.Action.EXPORT, childId, "restricted record's openings CSV: " + openings.size()
                + " openings");
        return openings;
    }

    /** Restricts the record, changes who is named, or lifts it; the problems by field, empty when saved. */
    @Transactional
    Map<String, String> save(PromiseUser user, String childId, Map<String, String> form) {
        checkManager(user, childId);
        var errors = new LinkedHashMap<String, String>();
        int version = version(form.getOrDefault("version", ""));
        boolean lift = "lift".equals(form.get("action"));
        if (lift) {
            if (!restrictions.lift(childId, version)) {
                errors.put("named", stale());
            } else {
                audit.record(AuditLog.Action.RESTRICT_RECORD, childId, "lifted the record's restriction");
            }
            return errors;
        }
        var named = named(form.getOrDefault("named", ""), errors);
        String reason = form.getOrDefault("reason", "").strip();
        if (reason.isEmpty()) {
            errors.put("reason", "Enter why the record is restricted");
        } else if (reason.length() > MAX_REASON) {
            errors.put("reason", "Why the record is restricted must be " + MAX_REASON + " characters or fewer");
        }
        if (errors.isEmpty() && !restrictions.restrict(childId, named, reason, user.username(), version)) {
            errors.put("named", stale());
        }
        if (errors.isEmpty()) {
            audit.record(AuditLog.Action.RESTRICT_RECORD, childId, "restricted the record to " + String.join(", ", named)
                    + ": " + reason);
        }
        return errors;
    }

    /** Whether the record is restricted and not open to the user (who must be able to see the child otherwise). */
    @Transactional(readOnly = true)
    boolean needsReason(PromiseUser user, String childId) {
        checkInScope(user, childId);
        return access.restrictedFrom(user, childId);
    }

    /** Opens the record to the user for the reason given, alerting its managers; the problems, empty when opened. */
    @Transactional
    Map<String, String> open(PromiseUser user, String childId, String reasonGiven) {
        checkInScope(user, childId);
        var errors = new LinkedHashMap<String, String>();
        var restriction = restrictions.restriction(childId).filter(RecordRestrictions.Restriction::active);
        if (restriction.isEmpty() || !access.restrictedFrom(user, childId)) {
            return errors; // nothing to open: the record is open to the user already
        }
        String reason = reasonGiven.strip();
        if (reason.isEmpty()) {
            errors.put("reason", "Enter why you need to open this record");
        } else if (reason.length() > MAX_REASON) {
            errors.put("reason", "Your reason must be " + MAX_REASON + " characters or fewer");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        var opening = restrictions.open(user, childId, reason);
        var alerted = alerts.alert(restriction.get(), opening, today());
        audit.record(AuditLog.Action.BREAK_THE_GLASS, childId, "opened the restricted record until " + opening.until()
                + ", giving the reason: " + reason + " (alerted: " + String.join(", ", alerted) + ")");
        return errors;
    }

    long openForMinutes() {
        return restrictions.openFor().toMinutes();
    }

    private Set<String> named(String text, Map<String, String> errors) {
        var named = new TreeSet<String>();
        if (text.length() > MAX_NAMED) {
            errors.put("named", "The usernames must be " + MAX_NAMED + " characters or fewer");
            return named;
        }
        for (String name : text.split("[\\s,;]+")) {
            if (name.isEmpty()) {
                continue;
            }
            if (!name.matches("[A-Za-z0-9._@-]{1,60}") || !users.exists(name)) {
                errors.put("named", "There is no account with the username " + name.replaceAll("[^A-Za-z0-9._@-]", "?"));
                return named;
            }
            named.add(name);
        }
        if (named.isEmpty()) {
            errors.put("named", "Enter the username of at least one person who may open the record");
        }
        return named;
    }

    private static int version(String text) {
        return text.matches("\\d{1,9}") ? Integer.parseInt(text) : -1;
    }

    private static String stale() {
        return StaleEdit.MESSAGE;
    }

    void checkManager(PromiseUser user, String childId) {
        checkExists(childId);
        boolean mayManage = user.can(Permission.RESTRICT_RECORDS)
                && (user.can(Permission.MANAGE_ACCOUNTS) || access.inScope(user, childId));
        if (!mayManage) {
            throw new AccessDeniedException(user.username() + " may not restrict child " + childId + "'s record");
        }
    }

    private void checkInScope(PromiseUser user, String childId) {
        checkExists(childId);
        if (!access.reaches(user, childId)) {
            throw new AccessDeniedException("child " + childId + " is outside " + user.username() + "'s scope");
        }
    }

    private void checkExists(String childId) {
        if (!childId.matches(CHILD_ID) || !register.exists(childId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No child " + childId);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
