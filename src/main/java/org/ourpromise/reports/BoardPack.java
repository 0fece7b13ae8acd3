package org.ourpromise.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ourpromise.measures.MeasureCatalogue;
import org.ourpromise.measures.MeasureResults;
import org.ourpromise.returns.Ssda903Return;
import org.ourpromise.measures.MeasureFormat;

/**
 * The Corporate Parenting Board's performance pack for a period: the headline indicators with their counts,
 * target status (red/amber/green in words) and comparators, and a trend line for each. Render it with
 * {@link ReportRenderer}.
 *
 * @param title the pack's title
 * @param period the period the board meets about
 * @param basis which measures the figures are, in plain words
 * @param indicators the headline indicators in board order
 * @param notes what the data does not cover
 * @param illustrative true when a comparator shown is not a published figure (every page then says so)
 */
public record BoardPack(String title, BoardPeriod period, String basis, List<Indicator> indicators,
        List<String> notes, boolean illustrative) {

    public static final String TITLE = "Corporate Parenting Board: performance pack";

    /** The headline indicators, in the order the board reads them. */
    public static final List<String> HEADLINES = List.of("cla.at_31_march", "cla.rate_per_10000", "starts.periods", "ceased.periods",
            "cla.family_based_pct", "stability.three_plus_placements_pct", "stability.long_term_pct",
            "oc2.health_assessment_pct", "oc2.teeth_check_pct", "missing.pct", "reviews.on_time_pct",
            "oc3.in_touch_pct.19_to_21", "oc3.suitable_accommodation_pct.19_to_21", "adoption.a1_average_days");

    public BoardPack {
        indicators = List.copyOf(indicators);
        notes = List.copyOf(notes);
    }

    /** The summary at the top: figures on, near and off target, and those that moved most. */
    public PackSummary summary() {
        return PackSummary.of(indicators);
    }

    /** Where the comparators shown come from: each source with its table, once, in the order first shown. */
    public List<String> sources() {
        return indicators.stream().flatMap(i -> i.comparators().stream())
                .map(b -> b.table().isEmpty() ? b.source() : b.source() + ": " + b.table()).distinct().toList();
    }

    /** One headline: value, counts, target and status, comparators and its trend over the years covered. */
    public record Indicator(String key, String label, String value, String counts, String target, RagStatus rag,
            List<Benchmark> comparators, AnnualReport.Chart trend, String unit) {
    }

    /**
     * The pack from a return: the measures of the latest complete collection year on or before the period's
     * end and of each earlier year the data covers (up to five).
     */
    public static BoardPack build(Ssda903Return ret, BoardPeriod period, ReportOptions options) {
        return of(YearFigures.of(ret, period.latestCompleteYear(), options.population()), period, options);
    }

    /** The pack from the figures of the latest complete year on or before the period's end, already computed. */
    public static BoardPack of(YearFigures figures, BoardPeriod period, ReportOptions options) {
        int year = figures.year();
        var coverage = figures.coverage();
        var byYear = figures.byYear();
        var notes = new ArrayList<String>();
        for (int y = year - ReturnCoverage.TREND_YEARS + 1; y < coverage.firstYear(); y++) {
            notes.add(AnnualReportAssembly.yearLabel(y) + " is not covered by the data.");
        }
        notes.add(figures.healthEveryYear() ? "Care leavers' outcomes are collected for the return's year only: "
                + "their trend shows that year alone." : "Health outcomes and care leavers' outcomes are collected for "
                + "the return's year only: their trend shows that year alone.");
        return of(period, year, byYear, options, notes, false, figures.healthEveryYear());
    }

    /**
     * The pack from measures already computed (e.g. by a page from the operational record): {@code byYear} maps
     * collection years to their results, oldest first; {@code year} is the one the headline figures show.
     */
    public static BoardPack of(BoardPeriod period, int year, Map<Integer, MeasureResults> byYear,
            ReportOptions options, List<String> notes) {
        return of(period, year, byYear, options, notes, true, true);
    }

    /**
     * {@code outcomesEveryYear}: whether the earlier years' results hold their own OC2 and OC3 outcomes (each year
     * computed from its own return) or not (computed from one return, whose OC2 and OC3 rows are its year's);
     * {@code healthEveryYear}: the same for OC2 alone (each earlier year's health outcomes computed on their own).
     */
    private static BoardPack of(BoardPeriod period, int year, Map<Integer, MeasureResults> byYear,
            ReportOptions options, List<String> notes, boolean outcomesEveryYear, boolean healthEveryYear) {
        var current = byYear.get(year);
        if (current == null) {
            throw new IllegalArgumentException("no measures for " + year + " to make the pack from");
        }
        var catalogue = MeasureCatalogue.forYear(year);
        var indicators = new ArrayList<Indicator>();
        boolean illustrative = false;
        for (var key : HEADLINES) {
            var m = catalogue.find(key).orElseThrow();
            var v = current.get(key);
            var points = new ArrayList<ChartBar>();
            for (int y = year - ReturnCoverage.TREND_YEARS + 1; y <= year; y++) {
                var r = byYear.get(y);
                boolean onlyThisYear = !outcomesEveryYear
                        && ((key.startsWith("oc2.") && !healthEveryYear) || key.startsWith("oc3."));
                points.add(ChartBar.of(AnnualReportAssembly.yearLabel(y),
                        r == null || (onlyThisYear && y != year) ? null : r.get(key).value()));
            }
            String label = MeasureFormat.label(m);
            String alt = "Line chart of " + label + " by collection year: " + String.join("; ",
                    points.stream().map(p -> p.label() + " " + p.shown()).toList()) + ".";
            var years = java.util.stream.IntStream.rangeClosed(year - ReturnCoverage.TREND_YEARS + 1, year).boxed().toList();
            var trend = AnnualReport.Chart.trend("board-" + key.replace('.', '-'), label, alt,
                    TrendReferences.axisLabel(m), points, TrendReferences.forYears(key, years, options));
            var comparators = options.benchmarks().comparators(key, year);
            illustrative |= comparators.stream().anyMatch(Benchmark::illustrative);
            var target = options.targets().find(key, year).map(t -> MeasureFormat.number(t.target())
                    + MeasureFormat.unit(m) + (t.direction() == Target.Direction.HIGHER_IS_BETTER ? " or more" : " or less")).orElse("");
            indicators.add(new Indicator(key, label, MeasureFormat.value(m, v), MeasureFormat.counts(m, v), target,
                    options.targets().rag(key, year, v.value()), comparators, trend, MeasureFormat.unit(m)));
        }
        String basis = "Figures are the measures of the collection year " + AnnualReportAssembly.period(year)
                + ", the latest complete year on or before the end of " + period.label()
                + " (measures are defined for whole collection years, April to March).";
        return new BoardPack(TITLE, period, basis, indicators, notes, illustrative);
    }
}
