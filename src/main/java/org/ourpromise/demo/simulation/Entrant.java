package org.ourpromise.demo.simulation;

import java.time.LocalDate;

/** A child entering care for the first time: when, at what age, and the seed of everything else. */
record Entrant(long seed, LocalDate entry, int ageInDays, boolean uasc, boolean shortBreaks) {
}
