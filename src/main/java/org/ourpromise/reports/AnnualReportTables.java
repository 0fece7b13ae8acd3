package org.ourpromise.reports;

import java.util.List;

/**
 * Tables another room adds to the annual report (complaints by theme and outcome), under one of its sections. The
 * report engine does not know the rooms: they implement this, and the report's pages add what they give.
 */
public interface AnnualReportTables {

    /** The section the tables belong under. */
    ReportSection section();

    /** The tables for the collection year ending 31 March {@code year}. */
    List<AnnualReport.Table> tables(int year);
}
