package org.ourpromise.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.ourpromise.children.ChildRegister;
import org.ourpromise.record.Allocation;
import org.springframework.stereotype.Service;

/**
 * Which children a user may see, from their role's {@link ChildScope}, today's allocations and any restricted
 * records ({@link RecordRestrictions}). Everything that shows a child asks here first; the answer for a child
 * outside scope is no, and so is the answer for a restricted record the user is not named on and has not opened
 * with a reason lately (the refusal then offers to open it with a reason).
 */
@Service
public class ChildAccess {

    private final ChildRegister register;
    private final RecordRestrictions restrictions;
    private final Clock clock;

    ChildAccess(ChildRegister register, RecordRestrictions restrictions, Clock clock) {
        this.register = register;
        this.restrictions = restrictions;
        this.clock = clock;
    }

    /** Whether the user may see the child's details: in scope, and not kept from them by a restriction. */
    public boolean canView(PromiseUser user, String childId) {
        return inScope(user, childId) && restrictions.allows(user, childId);
    }

    /** Whether the child is in the user's scope, whether or not the record is restricted. */
    public boolean inScope(PromiseUser user, String childId) {
        if (!user.can(Permission.VIEW_CHILD_RECORDS)) {
            return false;
        }
        return scope(user).map(ids -> ids.contains(childId)).orElse(true);
    }

    /**
     * Whether the child is in the user's scope but their record is restricted and not open to them: they see
     * that it exists and may open it with a reason.
     */
    public boolean restrictedFrom(PromiseUser user, String childId) {
        return reaches(user, childId) && !restrictions.allows(user, childId);
    }

    /**
     * Whether the user reaches the child at all: in their case scope, or through a role that sees every child
     * without one (the looked-after children's nurse, the Virtual School Head).
     */
    public boolean reaches(PromiseUser user, String childId) {
        return inScope(user, childId) || user.can(Permission.MANAGE_HEALTH) || user.can(Permission.MANAGE_EDUCATION);
    }

    /** Whether a restriction lets the user see the child, for rooms that reach children beyond scope (education). */
    public boolean restrictionAllows(PromiseUser user, String childId) {
        return restrictions.allows(user, childId);
    }

    /**
     * The ids of the children the user may see; empty when the user may see every child (so callers
     * do not fetch the whole council just to filter nothing). Restricted records not open to the user are left
     * out, so lists, worklists and downloads never show their details.
     */
    public Optional<Set<String>> visibleChildren(PromiseUser user) {
        var hidden = restrictions.hiddenFrom(user);
        var scope = scope(user);
        if (hidden.isEmpty()) {
            return scope;
        }
        var ids = new HashSet<String>(scope.orElseGet(register::childIds));
        ids.removeAll(hidden);
        return Optional.of(ids);
    }

    /** The restricted records not open to the user, for pages that list children beyond scope (the nurse's). */
    public Set<String> restrictedRecordsHiddenFrom(PromiseUser user) {
        return restrictions.hiddenFrom(user);
    }

    /** The restricted records in the user's scope that are not open to them (listed as "restricted", no details). */
    public Set<String> restrictedInScope(PromiseUser user) {
        var hidden = restrictions.hiddenFrom(user);
        if (hidden.isEmpty() || !user.can(Permission.VIEW_CHILD_RECORDS)) {
            return Set.of();
        }
        var scope = scope(user);
        var ids = new HashSet<String>(hidden);
        scope.ifPresent(ids::retainAll);
        return ids;
    }

    private Optional<Set<String>> scope(PromiseUser user) {
        LocalDate today = LocalDate.now(clock);
        return switch (user.role().scope()) {
            case ALL -> Optional.empty();
            case NONE, SELF -> Optional.of(Set.of());
            case TEAM -> Optional.of(register.currentlyAllocated(Allocation.Role.SOCIAL_WORKER, null, user.teamId(), today));
            case OWN_AND_TEAM -> Optional.of(register.currentlyAllocated(Allocation.Role.SOCIAL_WORKER, user.workerId(),
                    user.teamId(), today));
            case ALLOCATED_AS_IRO_OR_ADVISER -> {
                var ids = new HashSet<String>(register.currentlyAllocated(
                        Allocation.Role.INDEPENDENT_REVIEWING_OFFICER, user.workerId(), null, today));
                ids.addAll(register.currentlyAllocated(Allocation.Role.PERSONAL_ADVISER, user.workerId(), null, today));
                yield Optional.of(ids);
            }
        };
    }
}
