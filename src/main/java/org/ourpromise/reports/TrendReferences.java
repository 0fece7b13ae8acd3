package org.ourpromise.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.ourpromise.measures.Measure;

/**
 * The reference lines of a measure's trend chart: its target in each year, and each comparator area (England
 * first, then the regions and statistical neighbours in the order the comparator table gives them) with its
 * published figure for each year. A year with no figure is left empty, never carried over from another year.
 */
final class TrendReferences {

    private TrendReferences() {
    }

    /** The target and comparator lines over the collection years {@code years}, oldest first. */
    static List<ChartSeries> forYears(String key, List<Integer> years, ReportOptions options) {
        var series = new ArrayList<ChartSeries>();
        series.add(target(key, years, options));
        var areas = new LinkedHashSet<String>();
        options.benchmarks().rows().stream().filter(b -> b.measureKey().equals(key) && isEngland(b.area()))
                .forEach(b -> areas.add(b.area()));
        options.benchmarks().rows().stream().filter(b -> b.measureKey().equals(key)).forEach(b -> areas.add(b.area()));
        for (var area : areas) {
            var values = new ArrayList<@Nullable BigDecimal>();
            for (int y : years) {
                values.add(options.benchmarks().rows().stream()
                        .filter(b -> b.measureKey().equals(key) && b.area().equals(area) && b.year() == y)
                        .map(Benchmark::value).findFirst().orElse(null));
            }
            series.add(new ChartSeries(area, ChartSeries.Kind.COMPARATOR, values));
        }
        return series.stream().filter(ChartSeries::hasValues).toList();
    }

    /** The target line alone over {@code points} periods, all in collection year {@code year} (the record's periods). */
    static List<ChartSeries> targetOnly(String key, int year, int points, ReportOptions options) {
        var t = options.targets().find(key, year).map(Target::target).orElse(null);
        var values = new ArrayList<@Nullable BigDecimal>();
        for (int i = 0; i < points; i++) {
            values.add(t);
        }
        var s = new ChartSeries("Target", ChartSeries.Kind.TARGET, values);
        return s.hasValues() ? List.of(s) : List.of();
    }

    private static ChartSeries target(String key, List<Integer> years, ReportOptions options) {
        var values = new ArrayList<@Nullable BigDecimal>();
        for (int y : years) {
            values.add(options.targets().find(key, y).map(Target::target).orElse(null));
        }
        return new ChartSeries("Target", ChartSeries.Kind.TARGET, values);
    }

    private static boolean isEngland(String area) {
        return area.strip().toLowerCase(Locale.ROOT).equals("england");
    }

    /** What the vertical axis counts, in words. */
    static String axisLabel(Measure m) {
        return switch (m.kind()) {
            case PERCENTAGE -> "Per cent";
            case RATE -> "Per 10,000 children";
            case AVERAGE -> m.key().contains("days") ? "Days (average)" : "Average";
            case COUNT -> "Number";
        };
    }
}
