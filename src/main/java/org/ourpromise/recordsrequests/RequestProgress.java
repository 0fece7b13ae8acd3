package org.ourpromise.recordsrequests;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the records officer records as a request goes along: identity, an extension and when it was sent. */
public record RequestProgress(boolean identityAsked, @Nullable LocalDate identityChecked, int extensionMonths,
        @Nullable String extensionReason, @Nullable LocalDate extensionTold, @Nullable LocalDate sent) {
}
