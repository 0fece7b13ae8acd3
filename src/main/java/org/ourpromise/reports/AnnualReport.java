package org.ourpromise.reports;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.returns.Ssda903Return;

/**
 * The annual "Children in Care and Permanence" report for a collection year, ready to render: every section of
 * {@link ReportSection} with its figures (value, numerator/denominator, comparators, target status,
 * definition), a chart and tables, the narrative or its placeholder, and the five-year trend of the key
 * measures. Build it with {@link #build}; render it with {@link ReportRenderer}.
 *
 * @param year the collection year ending 31 March {@code year}
 * @param title the report's title
 * @param period e.g. "1 April 2025 to 31 March 2026"
 * @param sections every section, in report order
 * @param trend the key measures over the years Y-4..Y
 * @param notes what the data does and does not cover, said plainly
 * @param illustrative true when a comparator shown is not a published figure (every page then says so)
 * @param sources the citations of the comparators shown
 */
public record AnnualReport(int year, String title, String period, List<Section> sections, List<TrendLine> trend,
        List<String> notes, boolean illustrative, List<String> sources) {

    public static final String TITLE = "Children in Care and Permanence Annual Report";

    public AnnualReport {
        sections = List.copyOf(sections);
        trend = List.copyOf(trend);
        notes = List.copyOf(notes);
        sources = List.copyOf(sources);
    }

    /** Computes the measures of {@code year} (and of each earlier year Y-4.. the data covers) and assembles the report. */
    public static AnnualReport build(Ssda903Return ret, int year, ReportOptions options) {
        return AnnualReportAssembly.assemble(ret, year, options);
    }

    /** The report from the year's figures already computed (the web application's, shared by every page). */
    public static AnnualReport of(YearFigures figures, ReportOptions options) {
        return AnnualReportAssembly.assemble(figures, options);
    }

    /** The same report with {@code extra} tables after the tables of section {@code id}. */
    public AnnualReport withTables(ReportSection id, List<Table> extra) {
        var changed = sections.stream().map(s -> s.id() != id ? s : new Section(s.id(), s.number(), s.title(),
                s.figures(), s.chart(), java.util.stream.Stream.concat(s.tables().stream(), extra.stream()).toList(),
                s.narrative(), s.narrativeWritten(), s.notes())).toList();
        return new AnnualReport(year, title, period, changed, trend, notes, illustrative, sources);
    }

    /** A section: its figures, chart, breakdown tables and narrative. */
    public record Section(ReportSection id, int number, String title, List<Figure> figures, Chart chart,
            List<Table> tables, String narrative, boolean narrativeWritten, List<String> notes) {
    }

    /**
     * One measure as shown: formatted value and counts, comparators, target status and the catalogue definition.
     */
    public record Figure(String key, String label, String value, String counts, String definition,
            List<Benchmark> comparators, RagStatus rag, String target, String unit) {

        /** The figure in a councillor's words; {@link #definition} is how it is counted. */
        public String plain() {
            return org.ourpromise.measures.MeasureWords.plain(key, definition);
        }
    }

    /**
     * A chart with its text alternative: the SVG (browser and PDF alike) and the figures it draws, tabled beside
     * it. A bar chart tables one row per bar; a trend line one column per year.
     */
    public record Chart(String id, Kind kind, String title, String description, List<ChartBar> bars, String svg,
            String axisLabel, List<ChartSeries> series) {

        public enum Kind {
            BAR, LINE
        }

        /** A chart without reference lines or an axis label of its own. */
        public Chart(String id, Kind kind, String title, String description, List<ChartBar> bars, String svg) {
            this(id, kind, title, description, bars, svg, "", List.of());
        }

        /**
         * A trend line with a labelled axis and its target and comparator lines ({@link SvgTrendChart}); the text
         * alternative gives the reference lines' figures after the council's.
         */
        public static Chart trend(String id, String title, String description, String axisLabel,
                List<ChartBar> points, List<ChartSeries> series) {
            var drawn = series.stream().filter(ChartSeries::hasValues).toList();
            var alt = new StringBuilder(description);
            for (var s : drawn) {
                alt.append(' ').append(s.name()).append(": ");
                for (int i = 0; i < points.size() && i < s.values().size(); i++) {
                    alt.append(i == 0 ? "" : "; ").append(points.get(i).label()).append(' ').append(s.shown().get(i));
                }
                alt.append('.');
            }
            String d = alt.toString();
            return new Chart(id, Kind.LINE, title, d, points, SvgTrendChart.draw(title, d, axisLabel, points, drawn),
                    axisLabel, drawn);
        }

        /** A horizontal bar chart of {@code bars}, drawn by {@link SvgChart#bar}. */
        public static Chart bar(String id, String title, String description, List<ChartBar> bars) {
            return new Chart(id, Kind.BAR, title, description, bars, SvgChart.bar(title, description, bars));
        }

        /** A trend line through {@code points} in order, drawn by {@link SvgChart#line}. */
        public static Chart line(String id, String title, String description, List<ChartBar> points) {
            return new Chart(id, Kind.LINE, title, description, points, SvgChart.line(title, description, points));
        }

        public Chart {
            bars = List.copyOf(bars);
            series = List.copyOf(series);
        }

        public boolean isLine() {
            return kind == Kind.LINE;
        }
    }

    /** A breakdown table: label and count (or percentage) per category. */
    public record Table(String caption, List<ChartBar> rows) {
    }

    /** A key measure over the years: a trend chart and the plain notes about years the data does not cover. */
    public record TrendLine(String key, String label, Chart chart, List<String> notes,
            @Nullable String latestComparator) {
    }
}
