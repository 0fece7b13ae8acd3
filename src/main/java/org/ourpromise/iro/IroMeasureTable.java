package org.ourpromise.iro;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.measures.IroServiceMeasureCatalogue;
import org.ourpromise.measures.MeasureFormat;
import org.ourpromise.reports.Targets;

/**
 * How the IRO annual report shows its measures: a headline figure read from the year's computation, and a table
 * of the measures with their targets and status against them; {@code low} to {@code high} is the caseload range
 * per full-time IRO in the council's settings. Pure.
 */
record IroMeasureTable(IroServiceMeasureCatalogue catalogue, Targets targets, int low, int high) {

    /** A headline: the measure's label and figure, with the counts behind it or {@code note} if given. */
    IroReport.Figure figure(IroMeasures.Results r, String key, @Nullable String note) {
        var m = catalogue.find(key).orElseThrow();
        var v = r.values().get(key);
        return new IroReport.Figure(MeasureFormat.label(m), MeasureFormat.value(m, v),
                note != null ? note : MeasureFormat.counts(m, v));
    }

    /** The measures with their targets for the year (set on the targets page) and where each stands. */
    IroReport.Table table(IroMeasures.Results r, List<String> keys) {
        var rows = new ArrayList<List<String>>();
        for (var key : keys) {
            var m = catalogue.find(key).orElseThrow();
            var v = r.values().get(key);
            var target = targets.find(key, r.year());
            var status = targets.rag(key, r.year(), v.value());
            rows.add(List.of(MeasureFormat.label(m), MeasureFormat.value(m, v), MeasureFormat.counts(m, v),
                    target.map(t -> (t.direction() == org.ourpromise.reports.Target.Direction.HIGHER_IS_BETTER
                            ? "at least " : "at most ") + MeasureFormat.number(t.target()) + MeasureFormat.unit(m))
                            .orElse("No target set"),
                    status.shown().isEmpty() ? "-" : status.shown()));
        }
        return new IroReport.Table("Measures and targets", List.of("Measure", "Figure", "Counts", "Target",
                "Against the target"), rows);
    }
}
