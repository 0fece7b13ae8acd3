package org.ourpromise.record;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A school placement (SCHOOL_START with the school's name in detail) or a PEP meeting held. */
public record EducationEvent(Kind kind, LocalDate date, @Nullable String detail) {

    public enum Kind {
        SCHOOL_START, PEP_MEETING
    }
}
