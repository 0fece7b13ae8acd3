package org.ourpromise.permanence;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A child's permanence plan as recorded: the option, when it was set, and when and how it was achieved. */
public record PermanencePlan(long id, String childId, PermanenceOption option, LocalDate setOn,
        @Nullable LocalDate achievedOn, @Nullable Achievement achievedHow, int version) {

    public boolean isAchievedBy(LocalDate day) {
        return achievedOn != null && !achievedOn.isAfter(day);
    }
}
