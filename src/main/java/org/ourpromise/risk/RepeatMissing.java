package org.ourpromise.risk;

import java.time.LocalDate;
import java.util.List;
import org.ourpromise.record.MissingEpisode;

/**
 * Pure: a child missing repeatedly, for the missing panel: at least {@code episodes} episodes missing or away
 * starting in the {@code days} days up to and including the day (the council's threshold, e.g. 3 in 90 days).
 */
public record RepeatMissing(int episodes, int days) {

    public RepeatMissing {
        if (episodes < 1 || days < 1) {
            throw new IllegalArgumentException("the repeat missing threshold must be positive");
        }
    }

    /** The first day of the window ending on {@code day}. */
    public LocalDate windowStart(LocalDate day) {
        return day.minusDays(days - 1L);
    }

    /** Missing repeatedly on the day, with no missing panel review since the window began: a review is due. */
    public boolean panelDue(List<MissingEpisode> history, @org.jspecify.annotations.Nullable LocalDate lastReview,
            LocalDate day) {
        return meets(history, day) && (lastReview == null || lastReview.isBefore(windowStart(day)));
    }

    public long count(List<MissingEpisode> history, LocalDate day) {
        var from = windowStart(day);
        return history.stream().filter(e -> !e.started().isBefore(from) && !e.started().isAfter(day)).count();
    }

    public boolean meets(List<MissingEpisode> history, LocalDate day) {
        return count(history, day) >= episodes;
    }
}
