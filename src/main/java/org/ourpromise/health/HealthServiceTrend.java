package org.ourpromise.health;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.ourpromise.measures.MeasureValue;
import org.ourpromise.returns.Ssda903Dates;

/**
 * Pure: the health service's local measures over five collection years, each year's as at its 31 March (the year
 * still running as at today), from the record as it stood then: checks, referrals and summaries dated after a
 * year's last day are not looked at for that year. A year that ends before the health record's first entry has
 * no figures (the record holds no history for it), rather than a figure of nought.
 */
public final class HealthServiceTrend {

    static final int YEARS = 5;

    /** One collection year: its label, the last day counted and its figures (null when the record has none). */
    public record Year(int year, LocalDate asAt, @Nullable Map<String, MeasureValue> values) {

        public String label() {
            return (year - 1) + "-" + String.format("%02d", year % 100);
        }

        public @Nullable MeasureValue value(String key) {
            return values == null ? null : values.get(key);
        }
    }

    private HealthServiceTrend() {
    }

    /**
     * The five years to the one holding {@code today}, oldest first. {@code inputsAt} gives the inputs as at a day;
     * {@code firstRecorded} is the health record's earliest entry (null when it has none).
     */
    static List<Year> of(Function<LocalDate, HealthServiceFigures.Inputs> inputsAt, LocalDate today,
            @Nullable LocalDate firstRecorded) {
        int last = Ssda903Dates.collectionYearOf(today);
        var years = new ArrayList<Year>();
        for (int y = last - YEARS + 1; y <= last; y++) {
            var from = Ssda903Dates.collectionStart(y);
            var end = Ssda903Dates.collectionEnd(y);
            var to = today.isBefore(end) ? today : end;
            boolean recorded = firstRecorded != null && !firstRecorded.isAfter(to);
            years.add(new Year(y, to, recorded ? HealthServiceFigures.of(inputsAt.apply(to), from, to) : null));
        }
        return years;
    }
}
