package org.ourpromise.reports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.ourpromise.measures.MeasureCatalogue;
import org.ourpromise.measures.MeasureResults;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.returns.Ssda903Return;
import org.ourpromise.measures.MeasureFormat;

/** Puts the annual report together from the measures of each year (the pure part behind {@link AnnualReport#build}). */
final class AnnualReportAssembly {

    /**
     * The key measures given a five-year trend. All are computed from episodes, reviews and missing rows, which
     * {@code generate --history K} writes for earlier years; OC2 and OC3 rows exist only for the return's year.
     */
    static final List<String> TREND_KEYS = List.of("cla.at_31_march", "cla.during_year", "starts.periods",
            "ceased.periods", "cla.family_based_pct", "stability.three_plus_placements_pct",
            "stability.long_term_pct", "adoption.adopted", "adoption.a1_average_days", "missing.pct",
            "reviews.on_time_pct", "reviews.participation_pct");

    /** The health outcomes given a five-year trend when each earlier year's are known (figures from the record). */
    static final List<String> HEALTH_TREND_KEYS = List.of("oc2.health_assessment_pct", "oc2.teeth_check_pct",
            "oc2.immunisations_pct", "oc2.sdq_returned_pct");

    private static final Map<String, String> TABLE_CAPTIONS = Map.ofEntries(
            Map.entry("cla.by_age.", "By age at 31 March"), Map.entry("cla.by_sex.", "By sex"),
            Map.entry("cla.by_legal_status.", "By legal status"),
            Map.entry("cla.by_ethnic_group.", "By ethnic group"),
            Map.entry("cla.by_placement_group.", "By type of placement"),
            Map.entry("cla.by_provider.", "By who provides the placement"),
            Map.entry("starts.by_cin.", "Periods started, by category of need"),
            Map.entry("ceased.by_reason.", "Periods ended, by reason"),
            Map.entry("oc2.sdq_band.", "SDQ scores by band (our bands; DfE's are unconfirmed)"),
            Map.entry("oc3.cohort.", "Care leavers, by age"),
            Map.entry("oc3.in_touch_pct.", "In touch (%), by age"),
            Map.entry("oc3.eet_pct.", "In education, employment or training (%), by age"),
            Map.entry("oc3.suitable_accommodation_pct.", "In suitable accommodation (%), by age"),
            Map.entry("oc3.neet_by_reason.", "Not in education, employment or training, by reason"),
            Map.entry("reviews.participation.", "Reviews by how the child took part"));

    private AnnualReportAssembly() {
    }

    static AnnualReport assemble(Ssda903Return ret, int year, ReportOptions options) {
        return assemble(YearFigures.of(ret, year, options.population()), options);
    }

    static AnnualReport assemble(YearFigures computed, ReportOptions options) {
        int year = computed.year();
        var coverage = computed.coverage();
        var byYear = computed.byYear();
        var current = computed.current();
        var catalogue = MeasureCatalogue.forYear(year);
        var sources = new LinkedHashSet<String>();
        boolean[] illustrative = {false};
        var sections = new ArrayList<AnnualReport.Section>();
        int number = 1;
        for (var s : ReportSection.values()) {
            var figures = new ArrayList<AnnualReport.Figure>();
            for (var key : s.headlines()) {
                var f = figure(key, current, catalogue, options, year);
                f.comparators().forEach(b -> {
                    sources.add(b.source());
                    illustrative[0] |= b.illustrative();
                });
                figures.add(f);
            }
            var chart = chart("chart-" + s.slug(), s.chartTitle(), bars(s.chartMeasures(), current, year), year);
            // a breakdown already drawn as the chart is not tabled twice: the chart has its own data table
            var tables = s.breakdowns().stream().filter(prefix -> !s.chartMeasures().contains(prefix))
                    .map(prefix -> new AnnualReport.Table(TABLE_CAPTIONS.getOrDefault(prefix, prefix),
                            bars(List.of(prefix), current, year)))
                    .toList();
            var text = options.narrative().text(s);
            sections.add(new AnnualReport.Section(s, number++, s.title(), figures, chart, tables,
                    text.orElse(ReportNarrative.PLACEHOLDER), text.isPresent(),
                    sectionNotes(s, coverage, options, computed.healthEveryYear())));
        }
        var trend = trendKeys(computed).stream().map(key -> trendLine(key, byYear, coverage, catalogue, options))
                .toList();
        trend.forEach(t -> options.benchmarks().comparators(t.key(), year).forEach(b -> {
            sources.add(b.source());
            illustrative[0] |= b.illustrative();
        }));
        return new AnnualReport(year, AnnualReport.TITLE, period(year), sections, trend, reportNotes(coverage, options),
                illustrative[0], List.copyOf(sources));
    }

    /** The key measures' trend, with the health ones when every year of the trend has its health figures. */
    private static List<String> trendKeys(YearFigures computed) {
        var keys = new ArrayList<>(TREND_KEYS);
        if (computed.healthEveryYear()) {
            keys.addAll(HEALTH_TREND_KEYS);
        }
        return keys;
    }

    static String period(int year) {
        var f = java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.UK);
        return Ssda903Dates.collectionStart(year).format(f) + " to " + Ssda903Dates.collectionEnd(year).format(f);
    }

    static String yearLabel(int year) {
        return (year - 1) + "-" + String.format("%02d", year % 100);
    }

    private static AnnualReport.Figure figure(String key, MeasureResults results, MeasureCatalogue catalogue,
            ReportOptions options, int year) {
        var m = catalogue.find(key).orElseThrow(() -> new IllegalStateException("no measure " + key));
        var v = results.get(key);
        var target = options.targets().find(key, year)
                .map(t -> MeasureFormat.number(t.target()) + MeasureFormat.unit(m) + (t.direction() == Target.Direction.HIGHER_IS_BETTER
                        ? " or more" : " or less"))
                .orElse("");
        return new AnnualReport.Figure(key, MeasureFormat.label(m), MeasureFormat.value(m, v),
                MeasureFormat.counts(m, v), m.description(), options.benchmarks().comparators(key, year),
                options.targets().rag(key, year, v.value()), target, MeasureFormat.unit(m));
    }

    /**
     * The bars for {@code key=Label} entries and breakdown prefixes (every key of the year under the prefix, named
     * in words, not by the return's codes).
     */
    static List<ChartBar> bars(List<String> measures, MeasureResults results, int year) {
        var bars = new ArrayList<ChartBar>();
        for (var entry : measures) {
            if (entry.endsWith(".")) {
                results.values().forEach((key, v) -> {
                    if (key.startsWith(entry)) {
                        bars.add(ChartBar.of(BreakdownCategories.words(entry, MeasureFormat.category(key, entry), year),
                                v.value()));
                    }
                });
            } else {
                int eq = entry.indexOf('=');
                bars.add(ChartBar.of(entry.substring(eq + 1), results.get(entry.substring(0, eq)).value()));
            }
        }
        return bars;
    }

    static AnnualReport.Chart chart(String id, String title, List<ChartBar> bars, int year) {
        var alt = new StringBuilder(title).append(", ").append(yearLabel(year)).append(": ");
        for (int i = 0; i < bars.size(); i++) {
            alt.append(i == 0 ? "" : "; ").append(bars.get(i).label()).append(" ").append(bars.get(i).shown());
        }
        String description = "Bar chart. " + alt + ".";
        return AnnualReport.Chart.bar(id, title, description, bars);
    }

    private static AnnualReport.TrendLine trendLine(String key, Map<Integer, MeasureResults> byYear,
            ReturnCoverage coverage, MeasureCatalogue catalogue, ReportOptions options) {
        var m = catalogue.find(key).orElseThrow();
        var points = new ArrayList<ChartBar>();
        var notes = new ArrayList<String>();
        for (int y = coverage.year() - ReturnCoverage.TREND_YEARS + 1; y <= coverage.year(); y++) {
            var r = byYear.get(y);
            points.add(ChartBar.of(yearLabel(y), r == null ? null : r.get(key).value()));
            if (r == null) {
                notes.add(yearLabel(y) + ": not covered by the data");
            }
        }
        String label = MeasureFormat.label(m);
        var alt = new StringBuilder("Line chart of ").append(label).append(" by collection year: ");
        for (int i = 0; i < points.size(); i++) {
            alt.append(i == 0 ? "" : "; ").append(points.get(i).label()).append(" ").append(points.get(i).shown());
        }
        var years = java.util.stream.IntStream.rangeClosed(coverage.year() - ReturnCoverage.TREND_YEARS + 1,
                coverage.year()).boxed().toList();
        var chart = AnnualReport.Chart.trend("trend-" + key.replace('.', '-'), label, alt + ".",
                TrendReferences.axisLabel(m), points, TrendReferences.forYears(key, years, options));
        var comparators = options.benchmarks().comparators(key, coverage.year());
        String latest = comparators.isEmpty() ? null : comparators.stream()
                .map(b -> b.area() + " " + yearLabel(b.year()) + ": " + b.shown() + MeasureFormat.unit(m)
                        + (b.illustrative() ? " ILLUSTRATIVE" : ""))
                .reduce((a, b) -> a + "; " + b).orElse(null);
        return new AnnualReport.TrendLine(key, label, chart, notes, latest);
    }

    private static List<String> sectionNotes(ReportSection s, ReturnCoverage coverage, ReportOptions options,
            boolean healthEveryYear) {
        var notes = new ArrayList<String>();
        switch (s) {
            case NUMBERS -> {
                if (options.population() == null) {
                    notes.add("The rate per 10,000 needs the population aged 0-17 (--population); none was given.");
                }
            }
            case PERMANENCE -> {
                if (coverage.adoptionWindowYears() < 3) {
                    notes.add("A1, A2 and A3 are measured over the 3 years ending 31 March " + coverage.year()
                            + ", but the data holds fewer than 3 years of episodes (" + coverage.adoptionWindowYears()
                            + " from 1 April " + (coverage.firstYear() - 1) + "): they cover only those years.");
                }
            }
            case EDUCATION -> notes.add("The SSDA903 return holds no education outcomes (Personal Education Plans, "
                    + "attendance, exclusions, attainment): those come from the Virtual School's records, and the "
                    + "results tables of this section, where shown, are from its record of the council's school data. "
                    + "The return gives the cohort DfE's outcome tables are based on: children looked after "
                    + "continuously for 12 months at 31 March, which the results tables use too.");
            case HEALTH -> {
                if (!healthEveryYear) {
                    notes.add("Health outcomes are collected for the return's year only, so they have no five-year "
                            + "trend here.");
                }
            }
            case CARE_LEAVERS -> notes.add("Care leavers' outcomes are collected for the return's year only, so they "
                    + "have no five-year trend here.");
            default -> {
            }
        }
        return notes;
    }

    private static List<String> reportNotes(ReturnCoverage coverage, ReportOptions options) {
        var notes = new ArrayList<String>();
        notes.add("The data covers the collection years " + yearLabel(coverage.firstYear()) + " to "
                + yearLabel(coverage.year()) + " (the return's records start from its earliest review).");
        for (int y = coverage.year() - ReturnCoverage.TREND_YEARS + 1; y < coverage.firstYear(); y++) {
            notes.add(yearLabel(y) + " is not covered by the data: the trend shows no figure for it.");
        }
        if (coverage.adoptionWindowYears() < 3) {
            notes.add("The 3-year adoption window has fewer than 3 years of episodes ("
                    + coverage.adoptionWindowYears() + "): A1, A2 and A3 cover only what the data holds.");
        }
        if (options.benchmarks().anyIllustrative()) {
            notes.add("Some comparators are ILLUSTRATIVE, not published figures; each is marked where shown.");
        }
        return notes;
    }
}
