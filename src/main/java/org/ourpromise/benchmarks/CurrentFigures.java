package org.ourpromise.benchmarks;

import org.ourpromise.measures.MeasureResults;

/**
 * The council's measures of a collection year, for the status of each target on the targets page. The reporting
 * module, which builds and keeps them for the dashboard, provides them; this module only asks.
 */
public interface CurrentFigures {

    /** Every measure of the catalogue for the whole council in the collection year ending 31 March {@code year}. */
    MeasureResults measures(int year);
}
