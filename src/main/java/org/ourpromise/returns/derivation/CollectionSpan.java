package org.ourpromise.returns.derivation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.ourpromise.returns.Ssda903Dates;

/**
 * The collection year ending 31 March {@code year} ({@code start} 1 April before, {@code end} 31
 * March) and, with {@code historyYears} K, the span that also covers the K previous collection
 * years ({@code spanStart} = 1 April of year − K − 1). MEASURES.md §0.
 */
public record CollectionSpan(int year, int historyYears, LocalDate start, LocalDate end, LocalDate spanStart) {

    public static CollectionSpan of(int year, int historyYears) {
        if (historyYears < 0) {
            throw new IllegalArgumentException("history years cannot be negative: " + historyYears);
        }
        return new CollectionSpan(year, historyYears, Ssda903Dates.collectionStart(year),
                Ssda903Dates.collectionEnd(year), Ssda903Dates.collectionStart(year - historyYears));
    }

    public boolean inYear(LocalDate d) {
        return !d.isBefore(start) && !d.isAfter(end);
    }

    public boolean inSpan(LocalDate d) {
        return !d.isBefore(spanStart) && !d.isAfter(end);
    }

    /** A span {@code [from, to]} (to null = still open) overlaps the collection year. */
    public boolean overlapsYear(LocalDate from, @Nullable LocalDate to) {
        return !from.isAfter(end) && (to == null || !to.isBefore(start));
    }

    /** As {@link #overlapsYear} for the whole span including history years. */
    public boolean overlapsSpan(LocalDate from, @Nullable LocalDate to) {
        return !from.isAfter(end) && (to == null || !to.isBefore(spanStart));
    }

    /** The return is "as at 31 March": a date after {@code end} is not yet known, so it is written blank. */
    public @Nullable LocalDate asAtEnd(@Nullable LocalDate d) {
        return d == null || d.isAfter(end) ? null : d;
    }
}
