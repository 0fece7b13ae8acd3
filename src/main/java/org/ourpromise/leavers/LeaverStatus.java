package org.ourpromise.leavers;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.timescales.CareLeaverCategory;

/**
 * Pure: a young person's leaving-care status on a day, derived from the record (DOMAIN.md §3.3, the Children
 * (Leaving Care) Act 2000 as in the Children Act 1989 s19B, s23A, s23C and s24). The 13-week test (looked after for
 * at least 13 weeks in all since the 14th birthday, and on or after the 16th) is {@link CareLeaverCategory}'s, so
 * the deadline engine, Annex A and these pages agree. A former relevant young person stays one until the
 * leaving-care duty ends (to 21, or later on the basis recorded for them); after that no duty is owed.
 */
public enum LeaverStatus {
    ELIGIBLE("Eligible", "Still looked after, so the social worker's visits apply; a personal adviser and a pathway"
            + " plan from 16", true),
    RELEVANT("Relevant", "Aged 16 or 17 and left care after being eligible: a personal adviser and a pathway plan", true),
    FORMER_RELEVANT("Former relevant", "18 or over and was eligible or relevant: a personal adviser and a pathway plan"
            + " until the entitlement ends", true),
    QUALIFYING("Qualifying", "Looked after after 16 but not for 13 weeks since 14: advice and assistance only, no"
            + " personal adviser or pathway plan duty", false),
    NONE("No leaving-care duty", "Not a care leaver on the day, or the leaving-care duty has ended", false);

    private final String words;
    private final String meaning;
    private final boolean adviserAndPlan;

    LeaverStatus(String words, String meaning, boolean adviserAndPlan) {
        this.words = words;
        this.meaning = meaning;
        this.adviserAndPlan = adviserAndPlan;
    }

    public String words() {
        return words;
    }

    public String meaning() {
        return meaning;
    }

    /** Whether a personal adviser and a pathway plan are owed (not to qualifying care leavers). */
    public boolean adviserAndPlan() {
        return adviserAndPlan;
    }

    /** Whether the social worker's statutory visits apply rather than the personal adviser's contact duty. */
    public boolean stillLookedAfter() {
        return this == ELIGIBLE;
    }

    /** The status on {@code day}; {@code entitlement} is the basis recorded for the young person, if any. */
    public static LeaverStatus of(ChildRecord child, LocalDate day, @Nullable LeavingCareEntitlement entitlement) {
        var category = CareLeaverCategory.of(child, day);
        return switch (category) {
            case ELIGIBLE -> ELIGIBLE;
            case RELEVANT -> RELEVANT;
            case QUALIFYING -> QUALIFYING;
            case NONE -> NONE;
            case FORMER_RELEVANT -> LeavingCareEntitlements.owedOn(child.dateOfBirth(), entitlement, day)
                    ? FORMER_RELEVANT : NONE;
        };
    }
}
