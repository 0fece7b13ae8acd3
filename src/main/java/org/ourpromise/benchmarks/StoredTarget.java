package org.ourpromise.benchmarks;

import java.time.LocalDateTime;
import org.ourpromise.reports.Target;

/** A target as stored, with its own amber tolerance (never null here), who set it, when, and its version. */
record StoredTarget(Target target, String setBy, LocalDateTime setAt, int version) {
}
