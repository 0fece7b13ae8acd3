package org.ourpromise.record;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The adoption of a child (the 903 AD1 facts): decision date (DATE_INT), match with adopters,
 * whether adopted by former foster carers, and the adopters (number, sex, legal status codes). The
 * order itself is the end of the final episode (REC E11/E12).
 */
public record AdoptionOrder(LocalDate decision, @Nullable LocalDate matched, boolean byFosterCarers,
        String numberOfAdopters, String sexOfAdopters, String legalStatusOfAdopters) {
}
