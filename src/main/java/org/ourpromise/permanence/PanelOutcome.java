package org.ourpromise.permanence;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A child presented to the Permanence Panel at one meeting: its date, its chair, and the decision (none yet). */
public record PanelOutcome(long panelId, LocalDate meetsOn, String chair, @Nullable PanelDecision decision) {
}
