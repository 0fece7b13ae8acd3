/**
 * The figures every report page shows, computed once (issue 15): {@link org.ourpromise.reports.figures.ReportLibrary}
 * derives the return from {@code casefile.CareRecords} and keeps each year's figures, the annual report and the
 * board pack for the day until a record changes; {@link org.ourpromise.reports.figures.RecordMeasures} does the
 * same for the local measures from the record. The pages in {@code annual}, {@code boardpack} and {@code dashboard}
 * read only these.
 */
@org.jspecify.annotations.NullMarked
package org.ourpromise.reports.figures;
