package org.ourpromise.education;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A child's time at a school, with the school, its latest inspection and whether it is in county. */
public record SchoolAttended(SchoolPlacement placement, School school, @Nullable Inspection inspection,
        boolean inCounty, boolean current) {

    /** The year group now, or when the child left. */
    public String yearGroupNow(LocalDate today) {
        return SchoolPlacement.yearGroupWords(placement.yearGroupOn(
                placement.ended() == null || placement.ended().isAfter(today) ? today : placement.ended()));
    }
}
