package org.ourpromise.education;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A file of Ofsted inspections (docs/education-imports.md): each row a school and one inspection with its
 * judgements as published. Read whole; any bad row refuses the file.
 */
record OfstedFile(List<School> schools, List<Inspection> inspections) {

    static final String URN = "urn";
    static final String NAME = "school name";
    static final String PHASE = "phase";
    static final String AUTHORITY = "local authority";
    static final String DATE = "inspection date";
    static final String OVERALL = "overall effectiveness";
    static final String QUALITY = "quality of education";
    static final String BEHAVIOUR = "behaviour and attitudes";
    static final String PERSONAL = "personal development";
    static final String LEADERSHIP = "leadership and management";
    static final List<String> REQUIRED = List.of(URN, NAME, PHASE, AUTHORITY, DATE, OVERALL);

    /** The file, or the problems that refuse it. */
    record Read(@Nullable OfstedFile file, List<String> problems) {
    }

    static Read read(Reader reader, String name, LocalDate today) throws IOException {
        var problems = new ArrayList<String>();
        var schools = new HashMap<String, School>();
        var inspections = new ArrayList<Inspection>();
        var seen = new HashMap<String, Long>();
        EducationCsv.read(reader, name,
                index -> EducationCsv.requireColumns(index, REQUIRED, name, "an Ofsted file", problems),
                row -> {
                    var parsed = row(row, today);
                    if (parsed == null) {
                        return;
                    }
                    String key = parsed.inspection().urn() + " " + parsed.inspection().date();
                    Long first = seen.putIfAbsent(key, row.line());
                    if (first != null) {
                        row.problem("a second row for URN " + parsed.inspection().urn() + " inspected on "
                                + row.text(DATE) + " (the first is on line " + first + ")");
                        return;
                    }
                    var earlier = schools.putIfAbsent(parsed.school().urn(), parsed.school());
                    if (earlier != null && !earlier.equals(parsed.school())) {
                        row.problem("URN " + parsed.school().urn() + " has a different name, phase or local authority"
                                + " on an earlier line");
                    }
                    inspections.add(parsed.inspection());
                }, problems);
        if (problems.isEmpty() && inspections.isEmpty()) {
            problems.add(name + ": no inspections after the header");
        }
        return problems.isEmpty() ? new Read(new OfstedFile(List.copyOf(schools.values()), inspections), List.of())
                : new Read(null, problems);
    }

    private record Parsed(School school, Inspection inspection) {
    }

    private static @Nullable Parsed row(EducationCsv.Row row, LocalDate today) {
        String urn = row.text(URN);
        if (!urn.matches(School.URN)) {
            row.problem(URN, "'" + urn + "' is not a URN (six or seven digits)");
        }
        String schoolName = row.words(NAME, 200, true);
        String phase = row.words(PHASE, 40, true);
        String authority = row.words(AUTHORITY, 100, true);
        var date = row.date(DATE, today);
        String overall = judgement(row, OVERALL);
        String quality = judgement(row, QUALITY);
        String behaviour = judgement(row, BEHAVIOUR);
        String personal = judgement(row, PERSONAL);
        String leadership = judgement(row, LEADERSHIP);
        if (!urn.matches(School.URN) || schoolName == null || phase == null || authority == null || date == null
                || BAD.equals(overall) || BAD.equals(quality) || BAD.equals(behaviour) || BAD.equals(personal)
                || BAD.equals(leadership)) {
            return null;
        }
        return new Parsed(new School(urn, schoolName, phase, authority),
                new Inspection(urn, date, overall, quality, behaviour, personal, leadership));
    }

    private static final String BAD = "\u0000bad";

    /** A judgement as published, null when blank or the column is absent, BAD (with a problem) when unknown. */
    private static @Nullable String judgement(EducationCsv.Row row, String column) {
        String v = row.text(column);
        if (v.isEmpty() || v.equalsIgnoreCase("not judged") || v.equalsIgnoreCase("NULL")) {
            return null;
        }
        String j = Inspection.judgement(v);
        if (j == null) {
            row.problem(column, "'" + v + "' is not a judgement Ofsted publishes (" + String.join(", ",
                    Inspection.JUDGEMENTS) + ", or the grade 1 to 4)");
            return BAD;
        }
        return j;
    }
}
