package org.ourpromise.record;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A period missing (M) or away without authorisation (A), and the return home interview that
 * followed: offered (date), and held (date) or declined.
 */
public record MissingEpisode(String type, LocalDate started, @Nullable LocalDate ended,
        @Nullable LocalDate interviewOffered, @Nullable LocalDate interviewHeld, boolean interviewDeclined) {
}
