package org.ourpromise.risk;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A child's involvement with the youth justice system: an order (its kind in words, for example a referral order),
 * a period on remand or in custody, from and to, with the youth offending service worker.
 */
public record YouthJustice(long id, String childId, @Nullable String yosWorker, Kind kind, String description,
        LocalDate started, @Nullable LocalDate ended, int version) {

    public enum Kind {
        ORDER("Court order"), REMAND("Remand"), CUSTODY("Custody");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** Running on the day: started on or before it and not ended before it. */
    public boolean isCurrentOn(LocalDate day) {
        return !started.isAfter(day) && (ended == null || !ended.isBefore(day));
    }

    /** Running at some time from {@code from} to {@code to}, both included. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !started.isAfter(to) && (ended == null || !ended.isBefore(from));
    }
}
