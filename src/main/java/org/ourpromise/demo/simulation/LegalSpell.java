package org.ourpromise.demo.simulation;

import java.time.LocalDate;

/** A legal status held from a date until the next spell (or the end of the period). */
record LegalSpell(String status, LocalDate from) {
}
