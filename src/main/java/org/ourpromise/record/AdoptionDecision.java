package org.ourpromise.record;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The agency decision that the child should be placed for adoption (903 PlacedAdoption
 * DATE_PLACED), and its reversal (DATE_PLACED_CEASED with reason RD1–RD4) if there was one.
 */
public record AdoptionDecision(LocalDate decided, @Nullable LocalDate reversed, @Nullable String reversalReason) {
}
