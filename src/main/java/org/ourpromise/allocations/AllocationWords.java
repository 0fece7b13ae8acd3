package org.ourpromise.allocations;

import java.util.Map;
import org.ourpromise.record.Allocation;

/** The roles as pages say them. */
final class AllocationWords {

    static final Map<String, String> ROLES = Map.of(Allocation.Role.SOCIAL_WORKER.name(), "Social worker",
            Allocation.Role.INDEPENDENT_REVIEWING_OFFICER.name(), "Independent reviewing officer",
            Allocation.Role.PERSONAL_ADVISER.name(), "Personal adviser");

    private AllocationWords() {
    }

    static String role(Allocation.Role role) {
        return ROLES.get(role.name());
    }
}
