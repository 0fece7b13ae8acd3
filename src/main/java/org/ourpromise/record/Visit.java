package org.ourpromise.record;

import java.time.LocalDate;

/** A statutory visit to the child by their social worker (Care Planning Regulations reg 28). */
public record Visit(LocalDate date, String workerId, boolean seenAlone) {
}
