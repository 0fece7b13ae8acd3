package org.ourpromise.reports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ourpromise.measures.LocalMeasureCatalogue;
import org.ourpromise.measures.LocalMeasureResults;
import org.ourpromise.measures.Measure;
import org.ourpromise.measures.MeasureValue;

/**
 * The in-year figures as at a day (issue 15): {@link InYearFigures} from the record over the 12 months up to the
 * day, and the record's own measures (visits, health assessments, PEPs, reviews, return interviews) over the same
 * 12 months. Computed once (by {@code reports.figures}) and read by the pack, its download and the dashboard.
 *
 * @param figures the {@link InYearFigures} by key
 * @param local   the local measures of the 12 months up to the day, read as at the day the page is drawn
 */
public record InYear(LocalDate asAt, Map<String, MeasureValue> figures, LocalMeasureResults local) {

    /** The record's own measures the board follows in-year, in the order it reads them. */
    public static final List<String> LOCAL_KEYS = List.of("local.visits_on_time_pct", "local.iha_on_time_pct",
            LocalMeasureCatalogue.PEPS_CURRENT, LocalMeasureCatalogue.CARE_PLANS_REVIEWED,
            "local.return_interviews_on_time_pct");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    public InYear {
        figures = Map.copyOf(figures);
    }

    /** Every in-year figure, in the order the board reads them. */
    public static List<String> keys() {
        var keys = new java.util.ArrayList<>(InYearFigures.KEYS);
        keys.addAll(LOCAL_KEYS);
        return List.copyOf(keys);
    }

    public MeasureValue get(String key) {
        var v = figures.get(key);
        return v != null ? v : local.get(key);
    }

    /** The definition of an in-year figure, from {@link InYearFigures} or the local measures' catalogue. */
    public static Optional<Measure> find(String key, LocalMeasureCatalogue catalogue) {
        return InYearFigures.find(key).or(() -> catalogue.find(key));
    }

    /** "the 12 months to 31 October 2026": how every in-year figure is labelled. */
    public String label() {
        return "the 12 months to " + asAt.format(DAY);
    }

    /** The period column of a download: "1 November 2025 to 31 October 2026". */
    public String period() {
        return InYearFigures.from(asAt).format(DAY) + " to " + asAt.format(DAY);
    }
}
