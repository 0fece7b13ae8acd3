package org.ourpromise.reports.virtualschool;

import java.util.ArrayList;
import java.util.List;
import org.ourpromise.education.AttainmentCohort;
import org.ourpromise.education.SchoolYear;
import org.ourpromise.reports.AnnualReport;
import org.ourpromise.reports.AnnualReportTables;
import org.ourpromise.reports.ChartBar;
import org.ourpromise.reports.ReportSection;
import org.springframework.stereotype.Component;

/**
 * The annual report's education results, under "Education": the results of the school year ending in the
 * collection year, for the children looked after for the 12 months to its 31 March (the same figures the Virtual
 * School Head's report shows, from {@link AttainmentCohort}), with national figures where cited.
 */
@Component
class AttainmentReportTables implements AnnualReportTables {

    private final AttainmentCohort attainment;

    AttainmentReportTables(AttainmentCohort attainment) {
        this.attainment = attainment;
    }

    @Override
    public ReportSection section() {
        return ReportSection.EDUCATION;
    }

    @Override
    public List<AnnualReport.Table> tables(int year) {
        var figures = attainment.figures(new SchoolYear(year - 1));
        var ours = new ArrayList<ChartBar>();
        var counts = new ArrayList<ChartBar>();
        var national = new ArrayList<ChartBar>();
        for (var l : figures.lines()) {
            String unit = l.share() != null ? " (%)" : " (average)";
            ours.add(ChartBar.of(l.label() + unit, l.value()));
            counts.add(ChartBar.of(l.label() + ": children with a result", l.pupils()));
            if (l.national() != null) {
                national.add(ChartBar.of(l.label() + unit, l.national()));
            }
        }
        var tables = new ArrayList<AnnualReport.Table>();
        tables.add(new AnnualReport.Table("Results in " + figures.year().words() + " of children looked after for 12"
                + " months at 31 March " + year + " (the Virtual School's record)", ours));
        tables.add(new AnnualReport.Table("Children with a result in " + figures.year().words(), counts));
        if (!national.isEmpty()) {
            tables.add(new AnnualReport.Table("Children looked after nationally, " + figures.year().words()
                    + " (as published)", national));
        }
        return tables;
    }
}
