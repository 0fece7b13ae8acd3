package org.ourpromise.reports.virtualschool;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.education.AttainmentFigures;
import org.ourpromise.education.AttendanceFigures;
import org.ourpromise.education.School;
import org.ourpromise.education.SchoolPlacement;
import org.ourpromise.education.SchoolYear;
import org.ourpromise.education.VirtualSchool;
import org.ourpromise.education.VirtualSchoolFigures;
import org.ourpromise.reports.AnnualReport;
import org.ourpromise.reports.ChartBar;
import org.ourpromise.reports.SvgChart;

/**
 * The Virtual School Head's annual report for a school year, from the record as at a day: the cohort's figures,
 * charts of attendance, SEN provision and the schools' latest Ofsted grades (each with its table), attendance by
 * school, and the Head's narrative. No child is named: it is for the Corporate Parenting Board and the public.
 */
record VirtualSchoolReport(String title, SchoolYear year, LocalDate asAt, int cohortSize, VirtualSchoolFigures figures,
        List<AnnualReport.Chart> charts, List<SchoolLine> schools, List<String> narrative, AttainmentFigures attainment) {

    /** Attendance at one school; schools with fewer than {@link #SMALLEST} children are grouped, so none is identifiable. */
    record SchoolLine(String name, int children, @Nullable BigDecimal rate, int persistentlyAbsent) {
    }

    static final int SMALLEST = 3;

    static VirtualSchoolReport of(SchoolYear year, LocalDate asAt, List<VirtualSchool.Pupil> cohort,
            VirtualSchoolFigures figures, Map<String, AttendanceFigures> bySchool, Map<String, School> schools,
            @Nullable String narrative, AttainmentFigures attainment) {
        var charts = List.of(attendanceBands(figures.attendance()), sen(cohort), ofsted(cohort));
        var lines = new ArrayList<SchoolLine>();
        var small = new java.util.HashMap<String, org.ourpromise.education.Sessions>();
        bySchool.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            var f = e.getValue();
            if (f.children() >= SMALLEST) {
                lines.add(new SchoolLine(schools.get(e.getKey()).name(), f.children(), f.total().ratePercent(),
                        f.persistentlyAbsent()));
            } else {
                small.putAll(f.byChild());
            }
        });
        lines.sort(java.util.Comparator.comparing(SchoolLine::name));
        if (!small.isEmpty()) {
            var f = AttendanceFigures.of(small);
            lines.add(new SchoolLine("Schools with fewer than " + SMALLEST + " of our children", f.children(),
                    f.total().ratePercent(), f.persistentlyAbsent()));
        }
        var paragraphs = narrative == null ? List.<String>of()
                : java.util.Arrays.stream(narrative.split("\\R\\s*\\R")).map(String::strip).filter(s -> !s.isEmpty())
                        .toList();
        return new VirtualSchoolReport("Virtual School Head's annual report", year, asAt, cohort.size(), figures,
                charts, lines, paragraphs, attainment);
    }

    private static AnnualReport.Chart attendanceBands(AttendanceFigures attendance) {
        var bands = new LinkedHashMap<String, Long>();
        bands.put("95% or more", 0L);
        bands.put("90% to under 95%", 0L);
        bands.put("80% to under 90%", 0L);
        bands.put("Under 80%", 0L);
        for (var s : attendance.byChild().values()) {
            var r = s.ratePercent();
            String band = r.compareTo(BigDecimal.valueOf(95)) >= 0 ? "95% or more"
                    : r.compareTo(BigDecimal.valueOf(90)) >= 0 ? "90% to under 95%"
                    : r.compareTo(BigDecimal.valueOf(80)) >= 0 ? "80% to under 90%" : "Under 80%";
            bands.merge(band, 1L, Long::sum);
        }
        return chart("attendance-bands", "Children by attendance this school year",
                "Number of children in each band of attendance rate, of " + attendance.children()
                        + " children with attendance recorded", bands);
    }

    private static AnnualReport.Chart sen(List<VirtualSchool.Pupil> cohort) {
        var counts = new LinkedHashMap<String, Long>();
        for (var s : SchoolPlacement.Sen.values()) {
            counts.put(s.words(), 0L);
        }
        cohort.stream().filter(p -> p.school() != null)
                .forEach(p -> counts.merge(p.school().placement().sen().words(), 1L, Long::sum));
        return chart("sen", "Special educational needs of children on roll at a school",
                "Number of children on roll at a school by their special educational needs provision", counts);
    }

    private static AnnualReport.Chart ofsted(List<VirtualSchool.Pupil> cohort) {
        var counts = new LinkedHashMap<String, Long>();
        for (var g : List.of("Outstanding", "Good", "Requires improvement", "Inadequate", "No overall grade",
                "Not inspected")) {
            counts.put(g, 0L);
        }
        cohort.stream().filter(p -> p.statutorySchoolAge() && p.school() != null).forEach(p -> {
            var i = p.school().inspection();
            String g = i == null ? "Not inspected" : i.overallEffectiveness() == null ? "No overall grade"
                    : counts.containsKey(i.overallEffectiveness()) ? i.overallEffectiveness() : "No overall grade";
            counts.merge(g, 1L, Long::sum);
        });
        return chart("ofsted", "Latest Ofsted grade of the schools children of statutory school age attend",
                "Number of children of statutory school age at a school by its latest overall Ofsted grade; schools"
                        + " inspected from September 2024 have no overall grade", counts);
    }

    private static AnnualReport.Chart chart(String id, String title, String description, Map<String, Long> counts) {
        var bars = counts.entrySet().stream().map(e -> ChartBar.of(e.getKey(), e.getValue())).toList();
        return new AnnualReport.Chart(id, AnnualReport.Chart.Kind.BAR, title, description, bars,
                SvgChart.bar(title, description, bars));
    }
}
