package org.ourpromise.benchmarks;

import java.time.LocalDateTime;
import org.ourpromise.reports.Target;

/** A target as stored, with its own amber tolerance (never null here) and who set it, when. */
record StoredTarget(Target target, String setBy, LocalDateTime setAt) {
}
