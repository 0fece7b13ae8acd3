package org.ourpromise.reports.figures;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.ourpromise.measures.LocalMeasureResults;
import org.ourpromise.measures.MeasureCatalogue;
import org.ourpromise.measures.MeasurePeriod;
import org.ourpromise.reports.AnnualReport;
import org.ourpromise.reports.BoardPack;
import org.ourpromise.reports.BoardPeriod;
import org.ourpromise.reports.FigureTable;
import org.ourpromise.reports.InYear;
import org.ourpromise.reports.InYearFigures;
import org.ourpromise.reports.RecordFigures;
import org.springframework.stereotype.Component;

/**
 * Every page's figures as rows (the CSV downloads and the data feed): read from the same {@link ReportLibrary}
 * and {@link RecordMeasures} figures the pages show, so a download and its page never disagree.
 */
@Component
public class FigureDownloads {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final ReportLibrary library;
    private final RecordMeasures record;

    FigureDownloads(ReportLibrary library, RecordMeasures record) {
        this.library = library;
        this.record = record;
    }

    /**
     * The dashboard's figures: the year's return figures, the record's figures for the year (so far), and the
     * council's in-year figures as at the year's end (or today while it runs).
     */
    public List<FigureTable.Row> dashboard(int year, @Nullable String team) {
        var rows = new ArrayList<>(returnRows(BoardPack.HEADLINES, year, team));
        var period = record.yearSoFar(year);
        rows.addAll(recordRows(RecordMeasures.DASHBOARD_KEYS, record.forPeriod(period, team), period, year));
        var at = record.inYearAsAt(year);
        rows.addAll(inYearRows(record.inYear(at), RecordMeasures.completeYearOn(at)));
        return rows;
    }

    /** The pack's figures: the latest complete year's return figures and the record's figures for the period. */
    public List<FigureTable.Row> boardPack(BoardPeriod period) {
        var rows = new ArrayList<>(returnRows(BoardPack.HEADLINES, period.latestCompleteYear(), null));
        var day = library.today();
        if (!period.start().isAfter(day)) {
            var measured = new MeasurePeriod(period.start(), period.end().isAfter(day) ? day : period.end());
            rows.addAll(recordRows(RecordFigures.HEADLINES, record.forPeriod(measured, null), measured,
                    period.latestCompleteYear()));
        }
        RecordMeasures.inYearAsAt(period, day).ifPresent(at -> rows.addAll(inYearRows(record.inYear(at),
                period.latestCompleteYear())));
        return rows;
    }

    /** The annual report's figures: every section's headline figures, then the trend measures not among them. */
    public List<FigureTable.Row> annual(int year) {
        AnnualReport report = library.annual(year);
        var keys = new LinkedHashSet<String>();
        report.sections().forEach(s -> s.figures().forEach(f -> keys.add(f.key())));
        report.trend().forEach(t -> keys.add(t.key()));
        return returnRows(List.copyOf(keys), year, null);
    }

    /** The in-year figures, each with the target of the measure it stands beside (the same key for the record's). */
    List<FigureTable.Row> inYearRows(InYear inYear, int year) {
        var rows = new ArrayList<FigureTable.Row>();
        for (var key : InYear.keys()) {
            var target = InYearFigures.BESIDE.getOrDefault(key, key);
            var row = FigureTable.rows(List.of(target), k -> InYear.find(key, record.catalogue()), k -> inYear.get(key),
                    inYear.period(), year, library.options(year)).get(0);
            rows.add(new FigureTable.Row(key, "In-year: " + row.title(), row.period(), row.value(), row.numerator(),
                    row.denominator(), row.target(), row.status(), ""));
        }
        return rows;
    }

    private List<FigureTable.Row> returnRows(List<String> keys, int year, @Nullable String team) {
        var results = library.measures(year, team);
        return FigureTable.rows(keys, MeasureCatalogue.forYear(year)::find, results::get, yearLabel(year), year,
                library.options(year));
    }

    private List<FigureTable.Row> recordRows(List<String> keys, LocalMeasureResults results, MeasurePeriod period,
            int year) {
        String label = period.from().format(DAY) + " to " + period.to().format(DAY);
        return FigureTable.rows(keys, record.catalogue()::find, results::get, label, year, library.options(year));
    }

    static String yearLabel(int year) {
        return (year - 1) + "-" + String.format("%02d", year % 100);
    }
}
