package org.ourpromise.record;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A contact (or attempt) with a care leaver: whether in touch (903 IN_TOUCH), their main activity
 * (ACTIV), accommodation (ACCOM: letter plus 1 suitable / 2 unsuitable, or 0), and whether a pathway
 * plan review was held at it. {@code fromReturn} marks contacts imported from a return (dated on the
 * birthday they report on).
 */
public record CareLeaverContact(LocalDate date, String inTouch, String activity, String accommodation,
        boolean pathwayPlanReviewed, boolean fromReturn, @Nullable String note) {
}
