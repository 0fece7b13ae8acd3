package org.ourpromise.ourpromise;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a partner promises to do under a commitment, and its evidence for the year asked about (if sent). */
public record Pledge(long id, long partnerId, String partner, int commitmentId, String text,
        @Nullable String evidence, @Nullable LocalDate submittedOn) {
}
