package org.ourpromise.education;

import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A file of results from the council's school data (docs/education-imports.md): one row per child, school year and
 * key stage, with the measures that key stage has and no others. Read whole; any bad row refuses the file.
 */
record AttainmentFile(List<Result> results) {

    static final String CHILD = "child id";
    static final String YEAR = "school year";
    static final String STAGE = "key stage";
    static final String GLD = "good level of development";
    static final String RWM = "expected standard rwm";
    static final String A8 = "attainment 8";
    static final String P8 = "progress 8";
    static final String EM94 = "english and maths 9-4";
    static final String EM95 = "english and maths 9-5";
    static final List<String> COLUMNS = List.of(CHILD, YEAR, STAGE, GLD, RWM, A8, P8, EM94, EM95);

    record Read(@Nullable AttainmentFile file, List<String> problems) {
    }

    /** @param thisYear the current school year's start: no results for later years */
    static Read read(Reader reader, String name, int thisYear, Predicate<String> known) {
        var problems = new ArrayList<String>();
        var results = new ArrayList<Result>();
        var seen = new HashMap<String, Long>();
        EducationCsv.read(reader, name, index -> EducationCsv.requireColumns(index, COLUMNS, name, "an attainment file",
                problems), csv -> {
                    int before = problems.size();
                    var r = row(csv, thisYear, known);
                    if (r == null || problems.size() > before) {
                        return;
                    }
                    Long first = seen.putIfAbsent(r.childId() + " " + r.schoolYear() + " " + r.keyStage(), csv.line());
                    if (first != null) {
                        csv.problem("a second " + r.keyStage() + " result for child " + r.childId() + " in "
                                + csv.text(YEAR) + " (the first is on line " + first + ")");
                    } else {
                        results.add(r);
                    }
                }, problems);
        if (problems.isEmpty() && results.isEmpty()) {
            problems.add(name + ": no results after the header");
        }
        return problems.isEmpty() ? new Read(new AttainmentFile(results), List.of()) : new Read(null, problems);
    }

    private static @Nullable Result row(EducationCsv.Row csv, int thisYear, Predicate<String> known) {
        String child = csv.text(CHILD);
        if (!child.matches(EducationAccess.CHILD_ID) || !known.test(child)) {
            csv.problem(CHILD, "no child with the ID '" + child + "' is on the record");
        }
        String y = csv.text(YEAR);
        Integer year = null;
        if (y.matches("\\d{4}/\\d{2}") && (Integer.parseInt(y.substring(0, 4)) + 1) % 100 == Integer.parseInt(y.substring(5))) {
            year = Integer.parseInt(y.substring(0, 4));
            if (year > thisYear) {
                csv.problem(YEAR, y + " has not happened yet");
            }
        } else {
            csv.problem(YEAR, "'" + y + "' is not a school year such as 2024/25");
        }
        Result.KeyStage stage = null;
        try {
            stage = Result.KeyStage.valueOf(csv.text(STAGE).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            csv.problem(STAGE, "'" + csv.text(STAGE) + "' is not a key stage: EYFS, KS1, KS2 or KS4");
        }
        if (stage == null || year == null) {
            return null;
        }
        return measures(csv, child, year, stage);
    }

    private static @Nullable Result measures(EducationCsv.Row csv, String child, int year, Result.KeyStage stage) {
        var only = switch (stage) {
            case EYFS -> List.of(GLD);
            case KS1, KS2 -> List.of(RWM);
            case KS4 -> List.of(A8, P8, EM94, EM95);
        };
        for (var c : List.of(GLD, RWM, A8, P8, EM94, EM95)) {
            if (!only.contains(c) && !csv.text(c).isEmpty()) {
                csv.problem(c, stage + " has no " + c + " result: leave it blank");
            }
        }
        if (stage == Result.KeyStage.KS1 && year > Result.LAST_STATUTORY_KS1) {
            csv.problem(YEAR, "KS1 assessments were not statutory in " + csv.text(YEAR));
        }
        var gld = stage == Result.KeyStage.EYFS ? yesNo(csv, GLD) : null;
        var rwm = stage == Result.KeyStage.KS1 || stage == Result.KeyStage.KS2 ? yesNo(csv, RWM) : null;
        if (stage != Result.KeyStage.KS4) {
            return new Result(child, year, stage, gld, rwm, null, null, null, null);
        }
        var a8 = csv.number(A8, BigDecimal.ZERO, BigDecimal.valueOf(90), "Attainment 8");
        BigDecimal p8 = null;
        if (!csv.text(P8).isEmpty()) {
            if (!Result.progress8Published(year)) {
                csv.problem(P8, "no Progress 8 is published for " + csv.text(YEAR) + ": leave it blank");
            } else {
                p8 = csv.number(P8, BigDecimal.valueOf(-10), BigDecimal.TEN, "Progress 8", 2);
            }
        }
        var em94 = yesNo(csv, EM94);
        var em95 = yesNo(csv, EM95);
        if (Boolean.TRUE.equals(em95) && Boolean.FALSE.equals(em94)) {
            csv.problem(EM95, "grade 9-5 in English and maths means grade 9-4 too, but 9-4 is N");
        }
        return new Result(child, year, stage, null, null, a8, p8, em94, em95);
    }

    private static @Nullable Boolean yesNo(EducationCsv.Row csv, String column) {
        String v = csv.text(column).toUpperCase(Locale.ROOT);
        if (v.equals("Y")) {
            return true;
        }
        if (v.equals("N")) {
            return false;
        }
        csv.problem(column, "'" + csv.text(column) + "' must be Y or N");
        return null;
    }
}
