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
 * Which children a user may see, from their role's {@link ChildScope} and today's allocations.
 * Everything that shows a child asks here first; the answer for a child outside scope is no.
 */
@Service
public class ChildAccess {

    private final ChildRegister register;
    private final Clock clock;

    ChildAccess(ChildRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    public boolean canView(PromiseUser user, String childId) {
        if (!user.can(Permission.VIEW_CHILD_RECORDS)) {
            return false;
        }
        return visibleChildren(user).map(ids -> ids.contains(childId)).orElse(true);
    }

    /**
     * The ids of the children the user may see; empty when the user may see every child (so callers
     * do not fetch the whole council just to filter nothing).
     */
    public Optional<Set<String>> visibleChildren(PromiseUser user) {
        LocalDate today = LocalDate.now(clock);
        return switch (user.role().scope()) {
            case ALL -> Optional.empty();
            case NONE -> Optional.of(Set.of());
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
