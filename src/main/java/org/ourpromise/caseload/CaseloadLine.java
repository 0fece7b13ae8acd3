package org.ourpromise.caseload;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.ourpromise.timescales.DueItem;

/** One child on a caseload. {@code worker} is the social worker (or the allocation that put them here). */
public record CaseloadLine(String childId, String name, String status, @Nullable String legalStatus,
        @Nullable String placement, @Nullable DueItem nextDue, @Nullable LocalDate lastVisit, String worker) {
}
