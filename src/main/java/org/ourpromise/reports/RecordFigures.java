package org.ourpromise.reports;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ourpromise.measures.LocalMeasureCatalogue;
import org.ourpromise.measures.LocalMeasureResults;
import org.ourpromise.measures.Measure;
import org.ourpromise.measures.MeasureValue;
import org.ourpromise.measures.MeasureFormat;

/**
 * Formats the local measures for the board pack and the dashboard, as {@link BoardPack} formats the return's:
 * value, counts, the council's target for the collection year the period ends in and its red/amber/green status,
 * and a trend line over the periods given.
 */
public final class RecordFigures {

    public static final String HEADING = "From the record";

    /** The figures the board asks for each month, in the order it reads them. */
    public static final List<String> HEADLINES = List.of("local.visits_on_time_pct", "local.iha_referral_on_time_pct",
            "local.iha_on_time_pct", "local.return_interviews_on_time_pct", "local.permanence_plans_on_time_pct",
            LocalMeasureCatalogue.CARE_PLANS_REVIEWED, LocalMeasureCatalogue.PEPS_CURRENT,
            LocalMeasureCatalogue.IRO_CASELOAD_AVERAGE, LocalMeasureCatalogue.IROS_WITHIN);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private RecordFigures() {
    }

    /** One period of a trend: its label ("March 2026", "Quarter 4 2025-26") and its measures. */
    public record Point(String label, LocalMeasureResults results) {
    }

    /**
     * The section for the last of {@code trend} (oldest first), each figure with a trend line over all of them.
     *
     * @param keys the measures to show, in order
     */
    public static RecordSection section(LocalMeasureCatalogue catalogue, List<String> keys, List<Point> trend,
            ReportOptions options) {
        if (trend.isEmpty()) {
            throw new IllegalArgumentException("no period to show figures for");
        }
        var current = trend.get(trend.size() - 1);
        var r = current.results();
        int year = ReturnCoverage.collectionYear(r.period().to());
        var figures = new ArrayList<RecordSection.Figure>();
        for (var key : keys) {
            var m = catalogue.find(key).orElseThrow(() -> new IllegalArgumentException("no local measure " + key));
            var v = r.get(key);
            var points = trend.stream().map(p -> ChartBar.of(p.label(), p.results().get(key).value())).toList();
            String label = MeasureFormat.label(m);
            String alt = "Line chart of " + label + " by period: " + String.join("; ",
                    points.stream().map(p -> p.label() + " " + p.shown()).toList()) + ".";
            var chart = AnnualReport.Chart.trend("record-" + key.replace('.', '-'), label, alt,
                    TrendReferences.axisLabel(m), points, TrendReferences.targetOnly(key, year, points.size(), options));
            var target = options.targets().find(key, year).map(t -> MeasureFormat.number(t.target())
                    + MeasureFormat.unit(m) + (t.direction() == Target.Direction.HIGHER_IS_BETTER ? " or more" : " or less"))
                    .orElse("");
            var indicator = new BoardPack.Indicator(key, label, value(m, v), counts(key, m, r), target,
                    options.targets().rag(key, year, v.value()), List.of(), chart, MeasureFormat.unit(m));
            figures.add(new RecordSection.Figure(indicator, m.description()));
        }
        var notes = new ArrayList<String>();
        var weighted = r.weightedCaseloadAverage();
        var s = catalogue.settings();
        if (weighted != null) {
            notes.add("IRO weighted caseload: an average of " + MeasureFormat.number(weighted) + " per IRO, each "
                    + "looked-after child counted " + MeasureFormat.number(s.lookedAfterWeight()) + " and any other child "
                    + "allocated " + MeasureFormat.number(s.otherCaseWeight()) + ".");
        }
        notes.add("Visits, PEPs, health and return interviews are the council's own record: they are not in the "
                + "SSDA903 return, so there are no published comparators.");
        String basis = "Figures from the council's record for " + current.label() + " (" + r.period().from().format(DAY)
                + " to " + r.period().to().format(DAY) + "), as the record stood on " + r.asAt().format(DAY)
                + ". A deadline counts in the period it was met, as on the timeliness page; care plans, PEPs and IRO "
                + "caseloads are as on the period's last day.";
        return new RecordSection(HEADING, basis, figures, notes);
    }

    private static String value(Measure m, MeasureValue v) {
        if (v.value() == null) {
            return "none in the period";
        }
        return MeasureFormat.value(m, v);
    }

    /** The counts behind a figure, with what is still outstanding beside a timeliness percentage. */
    static String counts(String key, Measure m, LocalMeasureResults r) {
        var v = r.get(key);
        if (key.equals(LocalMeasureCatalogue.IRO_CASELOAD_AVERAGE)) {
            return MeasureFormat.number(v.numerator()) + " looked-after children, " + MeasureFormat.number(v.denominator())
                    + " IROs";
        }
        if (key.startsWith(LocalMeasureCatalogue.IROS + ".")) {
            return MeasureFormat.number(v.numerator()) + " of " + MeasureFormat.number(r.get(LocalMeasureCatalogue.IROS)
                    .numerator()) + " IROs";
        }
        var counts = MeasureFormat.counts(m, v);
        var outstanding = LocalMeasureCatalogue.outstandingKeyOf(key);
        if (outstanding.isPresent()) {
            long n = r.get(outstanding.get()).numerator();
            counts = counts + "; " + MeasureFormat.number(BigDecimal.valueOf(n)) + " due in the period and not done by "
                    + "its end";
        }
        return counts;
    }
}
