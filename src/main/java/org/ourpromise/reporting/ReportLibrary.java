package org.ourpromise.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.ourpromise.benchmarks.Comparisons;
import org.ourpromise.casefile.RecordChanged;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.measures.MeasureCatalogue;
import org.ourpromise.measures.MeasureEngine;
import org.ourpromise.measures.MeasureParameters;
import org.ourpromise.measures.MeasureResults;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.MissingEpisode;
import org.ourpromise.record.ReviewHeld;
import org.ourpromise.reports.AnnualReport;
import org.ourpromise.reports.BoardPack;
import org.ourpromise.reports.BoardPeriod;
import org.ourpromise.reports.ReportOptions;
import org.ourpromise.returns.Ssda903Derivation;
import org.ourpromise.returns.Ssda903Return;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The reports built from the record: the return is derived (with four years of history, so the trend shows
 * five collection years) and handed to the pure engines. What is built is kept for the day, and dropped when a
 * record changes or (for the annual report) its narrative is edited, so the pages stay fast for a large council.
 */
@Service
class ReportLibrary {

    /** Years of history derived before the report's year: the five-year trend of the annual report. */
    static final int HISTORY_YEARS = 4;

    private final CareRecords records;
    private final NarrativeStore narratives;
    private final Comparisons comparisons;
    private final Clock clock;
    private final Map<Object, Object> built = new ConcurrentHashMap<>();
    private volatile @Nullable LocalDate builtOn;
    private volatile long builtWithRevision = -1;

    private record AnnualKey(int year, LocalDate day) {
    }

    private record PackKey(BoardPeriod period, LocalDate day) {
    }

    private record MeasuresKey(int year, @Nullable String team, LocalDate day) {
    }

    private record OptionsKey(LocalDate day) {
    }

    private record CoverageKey(LocalDate day) {
    }

    ReportLibrary(CareRecords records, NarrativeStore narratives, Comparisons comparisons, Clock clock) {
        this.records = records;
        this.narratives = narratives;
        this.comparisons = comparisons;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The latest collection year that has ended: the default of every page. */
    int latestCompleteYear() {
        return Ssda903Dates.collectionYearOf(today()) - 1;
    }

    AnnualReport annual(int year) {
        return cached(new AnnualKey(year, today()), () -> AnnualReport.build(derive(records.loadAll(), year), year,
                options().withNarrative(narratives.narrative(year))));
    }

    BoardPack boardPack(BoardPeriod period) {
        return cached(new PackKey(period, today()), () -> {
            int year = period.latestCompleteYear();
            return BoardPack.build(derive(records.loadAll(), year), period, options());
        });
    }

    /** The measures of the year for the council, or for the children now allocated to a team's social workers. */
    MeasureResults measures(int year, @Nullable String team) {
        var day = today();
        return cached(new MeasuresKey(year, team, day), () -> compute(records.loadAll(), year, team, day));
    }

    private static MeasureResults compute(List<ChildRecord> all, int year, @Nullable String team, LocalDate day) {
        var chosen = team == null ? all : all.stream().filter(r -> allocatedTo(r, team, day)).toList();
        return MeasureEngine.compute(Ssda903Derivation.derive(chosen, year, 0), MeasureParameters.forYear(year));
    }

    /**
     * The dashboard's five-year trend: the measures of the year and of each of the four before it that the record
     * covers, each computed as the dashboard computes that year. The record is read once for the years not yet built.
     */
    private Map<Integer, MeasureResults> trend(int year, @Nullable String team) {
        var day = today();
        var record = new ArrayList<ChildRecord>(); // read at most once, and only for what is not built yet
        Supplier<List<ChildRecord>> all = () -> {
            if (record.isEmpty()) {
                record.addAll(records.loadAll());
            }
            return record;
        };
        int first = cached(new CoverageKey(day), () -> firstCoveredYear(all.get()));
        var byYear = new LinkedHashMap<Integer, MeasureResults>();
        for (int y = year - HISTORY_YEARS; y <= year; y++) {
            if (y >= first || y == year) {
                int each = y;
                byYear.put(y, cached(new MeasuresKey(y, team, day), () -> compute(all.get(), each, team, day)));
            }
        }
        return byYear;
    }

    /**
     * The first collection year the record covers, by the annual report's rule (MEASURES.md section 8): the year of
     * its earliest review, else of its earliest missing episode; with neither, none before the report's own year.
     */
    static int firstCoveredYear(List<ChildRecord> all) {
        var earliest = all.stream().flatMap(r -> r.reviews().stream().map(ReviewHeld::date)).min(LocalDate::compareTo)
                .or(() -> all.stream().flatMap(r -> r.missing().stream().map(MissingEpisode::started))
                        .min(LocalDate::compareTo));
        return earliest.map(Ssda903Dates::collectionYearOf).orElse(Integer.MAX_VALUE);
    }

    /** The comparators and targets the council keeps, read once until either changes. */
    ReportOptions options() {
        return cached(new OptionsKey(today()), () -> ReportOptions.defaults().withBenchmarks(comparisons.comparators())
                .withTargets(comparisons.targets()));
    }

    /** The dashboard's headlines, formatted with comparators and target status as the board pack does. */
    Dashboard dashboard(int year, @Nullable String team, String teamName) {
        var results = trend(year, team);
        var period = new BoardPeriod("the collection year", Ssda903Dates.collectionStart(year),
                Ssda903Dates.collectionEnd(year));
        var pack = BoardPack.of(period, year, results, options(), List.of());
        var catalogue = MeasureCatalogue.forYear(year);
        var rows = pack.indicators().stream()
                .map(i -> new Dashboard.Row(i, catalogue.find(i.key()).orElseThrow().description())).toList();
        return new Dashboard(year, team, teamName, today(), rows, pack.illustrative());
    }

    void narrativeChanged(int year) {
        built.keySet().removeIf(k -> k instanceof AnnualKey a && a.year() == year);
    }

    /** After the change commits, so a page in between cannot cache the old record again. */
    @TransactionalEventListener(fallbackExecution = true)
    void onChange(RecordChanged changed) {
        built.clear();
    }

    private static Ssda903Return derive(List<ChildRecord> all, int year) {
        return Ssda903Derivation.derive(all, year, HISTORY_YEARS);
    }

    /** Same rule as {@code ChildRegister.currentlyAllocated}: from on or before the day, not yet ended. */
    static boolean allocatedTo(ChildRecord r, String team, LocalDate day) {
        return r.allocations().stream().anyMatch(a -> a.role() == Allocation.Role.SOCIAL_WORKER
                && a.team().equals(team) && a.isCurrentOn(day));
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(Object key, Supplier<T> build) {
        long revision = comparisons.revision();
        if (revision != builtWithRevision) {
            // built with other comparators or targets (changed here or by a command); the measures do not use them
            built.keySet().removeIf(k -> k instanceof AnnualKey || k instanceof PackKey || k instanceof OptionsKey);
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
