package org.ourpromise.reports.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.ReturnYearSetting;
import org.ourpromise.casefile.RecordChanged;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.cluster.DataVersion;
import org.ourpromise.measures.MeasureResults;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.reports.AnnualReport;
import org.ourpromise.reports.BoardPack;
import org.ourpromise.reports.BoardPeriod;
import org.ourpromise.reports.ComparisonSource;
import org.ourpromise.reports.ReportOptions;
import org.ourpromise.reports.YearFigures;
import org.ourpromise.reports.annual.NarrativeStore;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.returns.Ssda903Derivation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.server.ResponseStatusException;

/**
 * The one place the return's figures are computed for the web application (issue 15 "one figure everywhere"):
 * for a collection year and a scope (the council, or the children now allocated to a team) as at today, the
 * return is derived with four years of history and the measures of the year and the four before it computed once
 * ({@link YearFigures}). The annual report, the board pack, the dashboard, the targets page and every download
 * read those same figures. What is built is kept for the day, and dropped when a record changes or (for the
 * annual report) its narrative is edited, so the pages stay fast for a large council.
 */
@Service
public class ReportLibrary {

    /** Years of history derived before the report's year: the five-year trend of the annual report. */
    static final int HISTORY_YEARS = 4;

    private final CareRecords records;
    private final NarrativeStore narratives;
    private final ComparisonSource comparisons;
    private final Populations populations;
    private final Clock clock;
    private final ReturnYearSetting returnYear;
    private final Map<Object, Object> built = new ConcurrentHashMap<>();
    private volatile @Nullable LocalDate builtOn;
    private volatile long builtWithRevision = -1;
    private final DataVersion versions;
    private volatile long builtAtRecords = -1;
    private volatile long builtAtReports = -1;

    private record AnnualKey(int year, LocalDate day) {
    }

    private record PackKey(BoardPeriod period, LocalDate day) {
    }

    private record FiguresKey(int year, @Nullable String team, LocalDate day) {
    }

    private record OptionsKey(int year, LocalDate day) {
    }

    ReportLibrary(CareRecords records, NarrativeStore narratives, ComparisonSource comparisons,
            Populations populations, Clock clock, DataVersion versions, ReturnYearSetting returnYear) {
        this.returnYear = returnYear;
        this.versions = versions;
        this.records = records;
        this.narratives = narratives;
        this.comparisons = comparisons;
        this.populations = populations;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The latest collection year that has ended: the default of every page. */
    public int latestCompleteYear() {
        return Ssda903Dates.collectionYearOf(today()) - 1;
    }

    /**
     * The collection year of a request to a page about the return (the dashboard): absent means the year being
     * prepared, the same year the data-quality page checks ({@link ReturnYearSetting}); anything else as {@link #year}.
     */
    public int returnYear(@Nullable String text) {
        return text == null || text.isBlank() ? returnYear.beingPreparedOn(today()) : year(text);
    }

    /** The collection year of a request: absent means the latest complete year; anything else not a year, 400. */
    public int year(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return latestCompleteYear();
        }
        try {
            int y = Integer.parseInt(text.strip());
            if (y >= 2000 && y <= latestCompleteYear() + 1) {
                return y;
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The year must be a collection year from 2000 to "
                + (latestCompleteYear() + 1) + " (the year its 31 March falls in), for example " + latestCompleteYear());
    }

    /**
     * The figures of a collection year for the council (team null) or for the children now allocated to a team's
     * social workers, as at today: computed once, shared by every page and download.
     */
    public YearFigures figures(int year, @Nullable String team) {
        var day = today();
        return cached(new FiguresKey(year, team, day), () -> {
            var all = records.loadAll();
            var chosen = team == null ? all : all.stream().filter(r -> allocatedTo(r, team, day)).toList();
            // a return's health outcomes (OC2) are its own year's: each earlier year's come from its own
            return YearFigures.of(Ssda903Derivation.derive(chosen, year, HISTORY_YEARS), year,
                    populations.aged0to17(year).orElse(null))
                    .withHealthOfEachYear(y -> Ssda903Derivation.derive(chosen, y, 0));
        });
    }

    public AnnualReport annual(int year) {
        return cached(new AnnualKey(year, today()), () -> AnnualReport.of(figures(year, null),
                options(year).withNarrative(narratives.narrative(year))));
    }

    public BoardPack boardPack(BoardPeriod period) {
        return cached(new PackKey(period, today()), () -> {
            int year = period.latestCompleteYear();
            return BoardPack.of(figures(year, null), period, options(year));
        });
    }

    /** The measures of the year (the figures' own year) for the council or a team. */
    public MeasureResults measures(int year, @Nullable String team) {
        return figures(year, team).current();
    }

    /** The dashboard's headlines for a year: the board pack's indicators of the collection year, for the scope. */
    public BoardPack dashboard(int year, @Nullable String team) {
        var period = new BoardPeriod("the collection year", Ssda903Dates.collectionStart(year),
                Ssda903Dates.collectionEnd(year));
        return BoardPack.of(figures(year, team), period, options(year));
    }

    /** The comparators and targets the council keeps, read once until either changes; the year's population. */
    public ReportOptions options(int year) {
        return cached(new OptionsKey(year, today()), () -> ReportOptions.defaults()
                .withBenchmarks(comparisons.comparators()).withTargets(comparisons.targets())
                .withPopulation(populations.aged0to17(year).orElse(null)));
    }

    /** The options of the latest complete year (targets and comparators do not depend on the year). */
    public ReportOptions options() {
        return options(latestCompleteYear());
    }

    public void narrativeChanged(int year) {
        built.keySet().removeIf(k -> k instanceof AnnualKey a && a.year() == year);
    }

    /** After the change commits, so a page in between cannot cache the old record again. */
    @TransactionalEventListener(fallbackExecution = true)
    void onChange(RecordChanged changed) {
        built.clear();
    }

    /** Drops what a change made since it was built, here or on another server, has made wrong (decision 0077). */
    private void seeOtherServersChanges() {
        long recordsNow = versions.current(DataVersion.Area.RECORDS);
        if (recordsNow != builtAtRecords) {
            built.clear();
            builtAtRecords = recordsNow;
        }
        long reportsNow = versions.current(DataVersion.Area.REPORTS);
        if (reportsNow != builtAtReports) {
            built.keySet().removeIf(k -> k instanceof AnnualKey);
            builtAtReports = reportsNow;
        }
    }

    /** Same rule as {@code ChildRegister.currentlyAllocated}: from on or before the day, not yet ended. */
    public static boolean allocatedTo(ChildRecord r, String team, LocalDate day) {
        return r.allocations().stream().anyMatch(a -> a.role() == Allocation.Role.SOCIAL_WORKER
                && a.team().equals(team) && a.isCurrentOn(day));
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(Object key, Supplier<T> build) {
        seeOtherServersChanges();
        long revision = comparisons.revision();
        if (revision != builtWithRevision) {
            // built with other comparators, targets or populations (changed here or by a command)
            // the figures too: the rate per 10,000 is built with the population kept beside them
            built.keySet().removeIf(k -> k instanceof AnnualKey || k instanceof PackKey || k instanceof OptionsKey
                    || k instanceof FiguresKey);
            builtWithRevision = revision;
        }
        var found = built.get(key);
        if (found != null) {
            return (T) found;
        }
        var day = today();
        if (!day.equals(builtOn)) {
            built.clear(); // yesterday's reports are not asked for again
            builtOn = day;
        }
        T value = build.get();
        built.put(key, value);
        return value;
    }
}
