package org.ourpromise.reports.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.RecordChanged;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.casefile.LeavingCareDuty;
import org.ourpromise.cluster.DataVersion;
import org.ourpromise.measures.LocalMeasureCatalogue;
import org.ourpromise.measures.LocalMeasureResults;
import org.ourpromise.measures.LocalMeasureSettings;
import org.ourpromise.measures.LocalMeasures;
import org.ourpromise.measures.MeasurePeriod;
import org.ourpromise.reports.BoardPeriod;
import org.ourpromise.reports.InYear;
import org.ourpromise.reports.InYearFigures;
import org.ourpromise.reports.InYearSection;
import org.ourpromise.reports.PackSection;
import org.ourpromise.reports.RecordFigures;
import org.ourpromise.reports.RecordSection;
import org.ourpromise.reports.ReportOptions;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The local measures computed from the record for the dashboard and the board pack: read as at today (so they
 * agree with the timeliness page, which counts today's deadline items), kept for the day and dropped when a record
 * changes (here or on another server: the {@link DataVersion}), like {@link ReportLibrary}'s reports.
 */
@Service
public class RecordMeasures {

    /** Periods in a board pack's trend: the pack's own and the five before it. */
    static final int TREND_PERIODS = 6;

    /** The dashboard's figures: the board's, with every IRO band. */
    public static final List<String> DASHBOARD_KEYS = dashboardKeys();

    private final CareRecords records;
    private final Clock clock;
    private final LocalMeasureSettings settings;
    private final ReportLibrary library;
    private final Map<Object, Object> built = new ConcurrentHashMap<>();
    private final DataVersion versions;
    private final LeavingCareDuty duty;
    private volatile @Nullable LocalDate builtOn;
    private volatile long builtAt = -1;

    private record PeriodKey(MeasurePeriod period, @Nullable String team, LocalDate day) {
    }

    private record TrendKey(List<MeasurePeriod> periods, LocalDate day) {
    }

    private record InYearKey(LocalDate asAt, LocalDate day, @Nullable Integer population) {
    }

    private final Populations populations;

    RecordMeasures(CareRecords records, Clock clock, LocalMeasureSettings settings, ReportLibrary library,
            DataVersion versions, LeavingCareDuty duty, Populations populations) {
        this.duty = duty;
        this.populations = populations;
        this.library = library;
        this.versions = versions;
        this.records = records;
        this.clock = clock;
        this.settings = settings;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalMeasureCatalogue catalogue() {
        return LocalMeasureCatalogue.of(settings);
    }

    /** The collection year ending 31 March {@code year}, up to today if it has not ended. */
    public MeasurePeriod yearSoFar(int year) {
        var end = Ssda903Dates.collectionEnd(year);
        return new MeasurePeriod(Ssda903Dates.collectionStart(year), end.isAfter(today()) ? today() : end);
    }

    /**
     * The measures of a period for the council, or for the children now allocated to a team's social workers (the
     * dashboard's filter); IRO caseloads are always the whole service's.
     */
    public LocalMeasureResults forPeriod(MeasurePeriod period, @Nullable String team) {
        var day = today();
        return cached(new PeriodKey(period, team, day), () -> {
            var all = records.loadAll();
            var ends = duty.endsForAll();
            var terms = duty.contactTermsForAll();
            var council = LocalMeasures.compute(all, List.of(period), day, settings, ends::apply, terms::apply).get(0);
            if (team == null) {
                return council;
            }
            var chosen = all.stream().filter(r -> ReportLibrary.allocatedTo(r, team, day)).toList();
            return LocalMeasures.compute(chosen, List.of(period), day, settings, ends::apply, terms::apply).get(0)
                    .withIroCaseloadsOf(council);
        });
    }

    /** The dashboard's section for a collection year (so far), for the council or a team. */
    public RecordSection dashboard(int year, @Nullable String team) {
        var period = yearSoFar(year);
        var label = "the collection year " + (year - 1) + "-" + String.format("%02d", year % 100)
                + (period.to().equals(Ssda903Dates.collectionEnd(year)) ? "" : " so far");
        return RecordFigures.section(catalogue(), DASHBOARD_KEYS,
                List.of(new RecordFigures.Point(label, forPeriod(period, team))), options());
    }

    /**
     * The board pack's section: the pack's period (to today if it has not ended) and the periods of the same length
     * before it, oldest first; null when the period has not started.
     */
    public @Nullable RecordSection boardPack(BoardPeriod period) {
        var day = today();
        if (period.start().isAfter(day)) {
            return null;
        }
        var periods = trend(period);
        var measurePeriods = periods.stream()
                .map(p -> new MeasurePeriod(p.start(), p.end().isAfter(day) ? day : p.end())).toList();
        List<LocalMeasureResults> results = cached(new TrendKey(measurePeriods, day),
                () -> LocalMeasures.compute(records.loadAll(), measurePeriods, day, settings, duty.endsForAll()::apply,
                        duty.contactTermsForAll()::apply));
        var points = new ArrayList<RecordFigures.Point>();
        for (int i = 0; i < periods.size(); i++) {
            points.add(new RecordFigures.Point(periods.get(i).label(), results.get(i)));
        }
        return RecordFigures.section(catalogue(), RecordFigures.HEADLINES, points, options());
    }

    /**
     * The in-year figures as at a day (today at the latest) over the 12 months up to it, for the council: computed
     * once for the day and the as-at date, read by the pack, its download and the dashboard (issue 15).
     */
    public InYear inYear(LocalDate asAt) {
        var day = today();
        var at = asAt.isAfter(day) ? day : asAt;
        var population = populations.aged0to17(Ssda903Dates.collectionYearOf(at)).orElse(null);
        return cached(new InYearKey(at, day, population), () -> {
            var all = records.loadAll();
            var local = LocalMeasures.compute(all, List.of(new MeasurePeriod(InYearFigures.from(at), at)), day, settings,
                    duty.endsForAll()::apply, duty.contactTermsForAll()::apply).get(0);
            return new InYear(at, InYearFigures.asAt(all, at, population), local);
        });
    }

    /** The pack's in-year section, for a month's or a quarter's pack that has started; none for a year's. */
    public java.util.Optional<PackSection> inYearSection(BoardPeriod period) {
        return inYearAsAt(period, today()).map(at -> inYearSection(at, period.latestCompleteYear()));
    }

    /**
     * The dashboard's in-year section for a collection year: as at its last day, or today while it runs, beside the
     * last collection year complete on that day (the same figures the pack shows for a period ending that day).
     */
    public PackSection inYearSection(int year) {
        var at = inYearAsAt(year);
        return inYearSection(at, completeYearOn(at));
    }

    /** The dashboard's as-at day for a collection year: its last day, or today while it runs. */
    public LocalDate inYearAsAt(int year) {
        var end = Ssda903Dates.collectionEnd(year);
        return end.isAfter(today()) ? today() : end;
    }

    /** The last collection year complete at the end of a day: the day's own if it is 31 March. */
    public static int completeYearOn(LocalDate day) {
        int y = Ssda903Dates.collectionYearOf(day);
        return day.equals(Ssda903Dates.collectionEnd(y)) ? y : y - 1;
    }

    /** The in-year figures as at {@code at} beside those of the collection year {@code year}. */
    public PackSection inYearSection(LocalDate at, int year) {
        return InYearSection.of(inYear(at), year, library.measures(year, null), forPeriod(yearSoFar(year), null),
                catalogue(), library.options(year));
    }

    /** The as-at day of a month's or a quarter's pack: its last day, or today while it runs; none for a year's. */
    public static java.util.Optional<LocalDate> inYearAsAt(BoardPeriod period, LocalDate today) {
        boolean wholeYear = period.start().plusYears(1).minusDays(1).equals(period.end());
        if (wholeYear || period.start().isAfter(today)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(period.end().isAfter(today) ? today : period.end());
    }

    /** A month's or a quarter's trend: the periods of the same length ending with it. */
    static List<BoardPeriod> trend(BoardPeriod period) {
        int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.from(period.start()),
                YearMonth.from(period.end())) + 1;
        var out = new ArrayList<BoardPeriod>();
        for (int i = TREND_PERIODS - 1; i >= 0; i--) {
            var start = YearMonth.from(period.start()).minusMonths((long) i * months);
            if (months == 3) {
                int year = Ssda903Dates.collectionYearOf(start.atDay(1));
                out.add(BoardPeriod.quarter(year, (start.getMonthValue() + 8) % 12 / 3 + 1));
            } else if (months == 1) {
                out.add(BoardPeriod.month(start));
            } else if (months == 12 && start.getMonthValue() == 4) {
                out.add(BoardPeriod.year(start.getYear() + 1));
            } else {
                out.add(new BoardPeriod(period.label(), start.atDay(1), start.plusMonths(months - 1).atEndOfMonth()));
            }
        }
        return out;
    }

    /**
     * Targets and comparators for the figures. Kept in one place so that, when the report options come from the
     * council's stored targets, the record's figures use the same ones.
     */
    public ReportOptions options() {
        return library.options();
    }

    /** After the change commits, so a page in between cannot cache the old record again. */
    @TransactionalEventListener(fallbackExecution = true)
    void onChange(RecordChanged changed) {
        built.clear();
    }

    private static List<String> dashboardKeys() {
        var keys = new ArrayList<>(RecordFigures.HEADLINES);
        int i = keys.indexOf(LocalMeasureCatalogue.IROS_WITHIN);
        keys.add(i, LocalMeasureCatalogue.IROS_BELOW);
        keys.add(i, LocalMeasureCatalogue.IROS);
        keys.add(LocalMeasureCatalogue.IROS_ABOVE);
        return List.copyOf(keys);
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(Object key, Supplier<T> build) {
        long version = versions.current(DataVersion.Area.RECORDS);
        if (version != builtAt) {
            built.clear(); // a record changed, here or on another server
            builtAt = version;
        }
        var found = built.get(key);
        if (found != null) {
            return (T) found;
        }
        var day = today();
        if (!day.equals(builtOn)) {
            built.clear();
            builtOn = day;
        }
        T value = build.get();
        built.put(key, value);
        return value;
    }
}
