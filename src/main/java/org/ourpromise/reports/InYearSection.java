package org.ourpromise.reports;

import java.util.ArrayList;
import java.util.List;
import org.ourpromise.measures.LocalMeasureCatalogue;
import org.ourpromise.measures.LocalMeasureResults;
import org.ourpromise.measures.MeasureCatalogue;
import org.ourpromise.measures.MeasureResults;
import org.ourpromise.measures.MeasureValue;
import org.ourpromise.measures.MeasureFormat;

/**
 * The board pack's in-year section (issue 15): each in-year figure as at the pack's day over the 12 months up to
 * it, labelled so, beside the same measure for the last complete collection year (the return's measure, or for
 * the record's own measures the record's figure for that year): rate beside rate, percentage beside percentage.
 * Targets are the council's for the return's measure; the status is the in-year figure's against it.
 */
public final class InYearSection {

    public static final String ID = "in-year";

    private InYearSection() {
    }

    /**
     * @param year      the last complete collection year
     * @param lastYear  the return's measures of that year
     * @param localYear the record's own measures for that year
     */
    public static PackSection of(InYear inYear, int year, MeasureResults lastYear, LocalMeasureResults localYear,
            LocalMeasureCatalogue catalogue, ReportOptions options) {
        String yearLabel = AnnualReportAssembly.yearLabel(year);
        var columns = List.of("Figure", "In-year: " + inYear.label(), "Counts", "Last complete year, " + yearLabel,
                "Target", "Status");
        var rows = new ArrayList<List<String>>();
        var returns = MeasureCatalogue.forYear(year);
        for (var key : InYear.keys()) {
            var m = InYear.find(key, catalogue).orElseThrow();
            var v = inYear.get(key);
            String besideKey = InYearFigures.BESIDE.getOrDefault(key, key);
            var beside = !InYearFigures.KEYS.contains(key)
                    ? java.util.Optional.of(shown(m, localYear.get(key)) + " (the record)")
                    : InYearFigures.BESIDE.containsKey(key)
                    ? returns.find(besideKey).map(b -> MeasureFormat.value(b, lastYear.get(besideKey)) + " (the return)")
                    : java.util.Optional.of("no figure in the return for this age band");
            var target = options.targets().find(besideKey, year).map(t -> MeasureFormat.number(t.target())
                    + MeasureFormat.unit(m) + (t.direction() == Target.Direction.HIGHER_IS_BETTER ? " or more" : " or less"))
                    .orElse("not set");
            var rag = options.targets().rag(besideKey, year, v.value());
            rows.add(List.of(MeasureFormat.label(m), shown(m, v), MeasureFormat.counts(m, v), beside.orElse("not available"),
                    target, rag.shown().isEmpty() ? rag.meaning() : rag.shown()));
        }
        String intro = "Figures from the record as at " + inYear.asAt().format(java.time.format.DateTimeFormatter
                .ofPattern("d MMMM uuuu", java.util.Locale.UK)) + " over " + inYear.label() + " (" + inYear.period()
                + "), beside the same measure for the last complete collection year " + yearLabel + ". Care leavers in "
                + "touch are those in touch in the 2 months up to the day; PEPs and care plans reviewed are as on the day.";
        return new PackSection(ID, "In-year figures: " + inYear.label(), intro, columns, rows, "No figures.");
    }

    private static String shown(org.ourpromise.measures.Measure m, MeasureValue v) {
        return v.value() == null && m.kind() != org.ourpromise.measures.Measure.Kind.RATE ? "none in the period"
                : MeasureFormat.value(m, v);
    }
}
