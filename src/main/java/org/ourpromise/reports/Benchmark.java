package org.ourpromise.reports;

import java.math.BigDecimal;
import java.util.Locale;
import org.ourpromise.measures.MeasureFormat;

/**
 * A published comparator for a measure (docs/benchmarks-format.md).
 *
 * @param measureKey a key of the measure catalogue, e.g. {@code cla.at_31_march}
 * @param year the collection year ending 31 March {@code year}
 * @param area England, a region, or a statistical neighbour's name
 * @param value the published figure, in the measure's units (a percentage as 68, not 0.68)
 * @param source where the figure was published (a citation); a source starting "Illustrative" marks a figure
 *     that is not published and must be labelled as such wherever it is shown
 * @param table the publication's table or data set
 */
public record Benchmark(String measureKey, int year, String area, BigDecimal value, String source, String table) {

    /** The value as printed: UK thousands separators, up to 1 decimal place. */
    public String shown() {
        return MeasureFormat.number(value);
    }

    public boolean illustrative() {
        return source.strip().toLowerCase(Locale.ROOT).startsWith("illustrative");
    }
}
