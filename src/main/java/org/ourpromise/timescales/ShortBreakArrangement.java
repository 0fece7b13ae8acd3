package org.ourpromise.timescales;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.CareEpisode;

/**
 * A series of reg 48 short breaks (legal status V3: each break an episode; V4: the agreement an
 * episode). It starts with the first break and lapses {@link TimescaleSettings#shortBreakLapseMonths()}
 * after the last break ended, or when a standard period of care starts (UNCONFIRMED local reading of
 * reg 48's 12-month frame; see DOMAIN.md §1.1 and §3.2 row 25).
 *
 * @param end the day the arrangement lapsed, or null if it is current at the as-at date
 */
record ShortBreakArrangement(LocalDate start, @Nullable LocalDate end) {

    static List<ShortBreakArrangement> of(List<CareEpisode> all, List<PeriodOfCare> periods, LocalDate asAt,
            TimescaleSettings settings) {
        var breaks = all.stream().filter(e -> e.isShortBreak() && !e.started().isAfter(asAt))
                .sorted(Comparator.comparing(CareEpisode::started)).toList();
        var result = new ArrayList<ShortBreakArrangement>();
        LocalDate start = null;
        LocalDate lapses = null;
        for (var b : breaks) {
            if (start != null && (!b.started().isBefore(lapses) || periodStartsBetween(periods, start, b.started()))) {
                result.add(new ShortBreakArrangement(start, cut(periods, start, lapses)));
                start = null;
            }
            if (start == null) {
                start = b.started();
            }
            var ended = b.ceased() == null || b.ceased().isAfter(asAt) ? null : b.ceased();
            lapses = ended == null ? LocalDate.MAX : ended.plusMonths(settings.shortBreakLapseMonths());
        }
        if (start != null) {
            var end = cut(periods, start, lapses);
            result.add(new ShortBreakArrangement(start, end != null && end.isAfter(asAt) ? null : end));
        }
        return result;
    }

    private static boolean periodStartsBetween(List<PeriodOfCare> periods, LocalDate from, LocalDate to) {
        return periods.stream().anyMatch(p -> p.start().isAfter(from) && !p.start().isAfter(to));
    }

    /** The lapse date, or the start of a standard period of care that comes first. */
    private static @Nullable LocalDate cut(List<PeriodOfCare> periods, LocalDate start, LocalDate lapses) {
        var end = lapses;
        for (var p : periods) {
            if (p.start().isAfter(start) && p.start().isBefore(end)) {
                end = p.start();
            }
        }
        return end.equals(LocalDate.MAX) ? null : end;
    }
}
