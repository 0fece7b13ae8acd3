package org.ourpromise.reports.figures;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ourpromise.reports.AnnualReport;
import org.ourpromise.reports.AnnualReportTables;
import org.ourpromise.reports.BoardPeriod;
import org.ourpromise.reports.PackSection;
import org.ourpromise.reports.ReportRenderer;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.stereotype.Component;

/**
 * The annual report and the board pack as documents: what their pages and PDFs show, put together in one place, so
 * the warm-up renders exactly the PDF a page will ask for (the same HTML, so {@code PdfCache} serves it).
 */
@Component
public class ReportDocuments {

    /** The performance team's narrative of each section of a pack (section id to text), by the pack's query. */
    public interface Narratives {
        Map<String, String> of(String query);
    }

    private final ReportLibrary library;
    private final RecordMeasures record;
    private final List<PackSection.Source> sources;
    private final List<AnnualReportTables> otherTables;
    private final Narratives narratives;

    ReportDocuments(ReportLibrary library, RecordMeasures record, List<PackSection.Source> sources,
            List<AnnualReportTables> otherTables, Narratives narratives) {
        this.library = library;
        this.record = record;
        this.sources = List.copyOf(sources);
        this.otherTables = List.copyOf(otherTables);
        this.narratives = narratives;
    }

    /** The annual report of a collection year with other rooms' tables (complaints, panels) under their sections. */
    public AnnualReport annual(int year) {
        var withTables = library.annual(year);
        for (var t : otherTables) {
            withTables = withTables.withTables(t.section(), t.tables(year));
        }
        return withTables;
    }

    public byte[] annualPdf(int year) {
        return ReportRenderer.pdf(annual(year));
    }

    public boolean annualPdfRendered(int year) {
        return ReportRenderer.isRendered(annual(year));
    }

    /** The in-year figures first (a month's or a quarter's pack), then the sections other rooms add. */
    public List<PackSection> packSections(BoardPeriod period) {
        var out = new ArrayList<PackSection>();
        record.inYearSection(period).ifPresent(out::add);
        sources.forEach(s -> out.add(s.sectionFor(period)));
        return out;
    }

    /** The pack's narratives, by the query that asks for the pack ({@link #query}). */
    public Map<String, String> narratives(String query) {
        return narratives.of(query);
    }

    public byte[] packPdf(BoardPeriod period) {
        return ReportRenderer.pdf(library.boardPack(period), record.boardPack(period), packSections(period),
                narratives(query(period)));
    }

    public boolean packPdfRendered(BoardPeriod period) {
        return ReportRenderer.isRendered(library.boardPack(period), record.boardPack(period), packSections(period),
                narratives(query(period)));
    }

    /** The query string that asks for a pack: {@code year=YYYY}, {@code quarter=YYYY-Qn} or {@code month=YYYY-MM}. */
    public static String query(BoardPeriod period) {
        var start = YearMonth.from(period.start());
        var end = YearMonth.from(period.end());
        if (start.equals(end)) {
            return "month=" + start;
        }
        int year = Ssda903Dates.collectionYearOf(period.start());
        if (start.plusMonths(11).equals(end)) {
            return "year=" + year;
        }
        return "quarter=" + year + "-Q" + ((period.start().getMonthValue() + 8) % 12 / 3 + 1);
    }
}
