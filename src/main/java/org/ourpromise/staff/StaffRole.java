package org.ourpromise.staff;

import org.jspecify.annotations.Nullable;
import org.ourpromise.record.Allocation;

/** What a member of staff does; the case-holding roles are the ones a child is allocated to. */
public enum StaffRole {
    SOCIAL_WORKER("Social worker", Allocation.Role.SOCIAL_WORKER),
    TEAM_MANAGER("Team manager", null),
    INDEPENDENT_REVIEWING_OFFICER("Independent reviewing officer", Allocation.Role.INDEPENDENT_REVIEWING_OFFICER),
    PERSONAL_ADVISER("Personal adviser", Allocation.Role.PERSONAL_ADVISER);

    private final String label;
    private final Allocation.@Nullable Role allocates;

    StaffRole(String label, Allocation.@Nullable Role allocates) {
        this.label = label;
        this.allocates = allocates;
    }

    public String label() {
        return label;
    }

    /** The allocation role this worker can hold; null for a role that holds no cases. */
    public Allocation.@Nullable Role allocates() {
        return allocates;
    }

    public static StaffRole of(Allocation.Role role) {
        return switch (role) {
            case SOCIAL_WORKER -> SOCIAL_WORKER;
            case INDEPENDENT_REVIEWING_OFFICER -> INDEPENDENT_REVIEWING_OFFICER;
            case PERSONAL_ADVISER -> PERSONAL_ADVISER;
        };
    }
}
