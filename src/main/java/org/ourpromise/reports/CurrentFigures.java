package org.ourpromise.reports;

import org.ourpromise.measures.MeasureResults;

/**
 * The council's measures of a collection year, for the status of each target on the targets page. The report pages
 * (reports.figures), which build and keep them for the dashboard, provide them; the targets page only asks.
 */
public interface CurrentFigures {

    /** Every measure of the catalogue for the whole council in the collection year ending 31 March {@code year}. */
    MeasureResults measures(int year);
}
