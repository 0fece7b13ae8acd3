package org.ourpromise.benchmarks;

import java.time.LocalDateTime;
import org.ourpromise.reports.Benchmark;

/** A comparator as stored: the published figure and where and when it was imported from, and by whom. */
record StoredComparator(Benchmark figure, String importedFrom, String importedBy, LocalDateTime importedAt) {
}
