package org.ourpromise.worklists;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.ourpromise.timescales.DeadlineRule;

/** Why one due item was late: the council's reason, the worker's words, who said so and when. */
public record LatenessExplanation(String childId, DeadlineRule rule, LocalDate due, int reasonId, String reason,
        @Nullable String note, String recordedBy, LocalDateTime recordedAt) {

    /** The key of the due item explained. */
    String itemKey() {
        return key(childId, rule, due);
    }

    public static String key(String childId, DeadlineRule rule, LocalDate due) {
        return childId + "|" + rule.name() + "|" + due;
    }
}
