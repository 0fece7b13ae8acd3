package org.ourpromise.education;

import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * An attendance file as schools and providers such as Welfare Call supply it (docs/education-imports.md), in one
 * of two shapes recognised by the header: daily register marks ({@code Child ID, Date, Session, Mark}, one row per
 * morning or afternoon session, marked with the DfE's attendance codes) or weekly figures ({@code Child ID, Week
 * beginning, Possible sessions, Attendance %}). Read whole; any bad row refuses the file.
 */
record AttendanceFile(List<Row> rows) {

    /** One stored row: a daily session (AM, PM) or a week (WEEK), with its possible and attended sessions. */
    record Row(String childId, LocalDate date, String session, int possible, BigDecimal attended) {

        /** The last day the row covers: a week's row covers Monday to Sunday. */
        LocalDate lastDay() {
            return session.equals(WEEK) ? date.plusDays(6) : date;
        }
    }

    static final String WEEK = "WEEK";
    static final String CHILD = "child id";
    static final String DATE = "date";
    static final String SESSION = "session";
    static final String MARK = "mark";
    static final String WEEK_BEGINNING = "week beginning";
    static final String POSSIBLE = "possible sessions";
    static final String PERCENT = "attendance %";

    /** DfE attendance codes (from August 2024): present, or attending approved educational activity. */
    static final Set<String> ATTENDING = Set.of("/", "\\", "L", "K", "V", "P", "W", "B");
    /** Absence, authorised or not (U: arrived after the register closed). */
    static final Set<String> ABSENT = Set.of("C", "C1", "C2", "E", "G", "I", "J1", "M", "N", "O", "R", "S", "T", "U");
    /** Not a possible session: school closed, not required to attend, unable to attend for an unavoidable cause. */
    static final Set<String> NOT_POSSIBLE = Set.of("X", "Q", "Y1", "Y2", "Y3", "Y4", "Y5", "Y6", "Y7", "Z", "#", "D");

    /** The file, or the problems that refuse it. */
    record Read(@Nullable AttendanceFile file, List<String> problems) {
    }

    /**
     * @param known whether a child id is on the record
     */
    static Read read(Reader reader, String name, LocalDate today, Predicate<String> known) {
        var problems = new ArrayList<String>();
        var rows = new ArrayList<Row>();
        var seen = new HashMap<String, Long>();
        boolean[] weekly = {false};
        EducationCsv.read(reader, name, index -> {
            weekly[0] = index.containsKey(WEEK_BEGINNING);
            EducationCsv.requireColumns(index, weekly[0] ? List.of(CHILD, WEEK_BEGINNING, POSSIBLE, PERCENT)
                    : List.of(CHILD, DATE, SESSION, MARK), name, weekly[0] ? "a weekly attendance file"
                    : "a daily attendance file (or, weekly: Child ID, Week beginning, Possible sessions, Attendance %)",
                    problems);
        }, csv -> {
            var row = weekly[0] ? weekly(csv, today, known) : daily(csv, today, known);
            if (row != null) {
                String key = row.childId() + " " + row.date() + " " + row.session();
                Long first = seen.putIfAbsent(key, csv.line());
                if (first != null) {
                    csv.problem("a second row for child " + row.childId() + " on " + csv.text(weekly[0]
                            ? WEEK_BEGINNING : DATE) + (weekly[0] ? "" : " " + row.session())
                            + " (the first is on line " + first + ")");
                } else {
                    rows.add(row);
                }
            }
        }, problems);
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(name + ": no attendance after the header");
        }
        return problems.isEmpty() ? new Read(new AttendanceFile(rows), List.of()) : new Read(null, problems);
    }

    private static @Nullable Row daily(EducationCsv.Row csv, LocalDate today, Predicate<String> known) {
        String child = child(csv, known);
        var date = csv.date(DATE, today);
        String session = csv.text(SESSION).toUpperCase(java.util.Locale.ROOT);
        if (!session.equals("AM") && !session.equals("PM")) {
            csv.problem(SESSION, "'" + csv.text(SESSION) + "' is not a session: AM or PM");
        }
        String mark = csv.text(MARK).toUpperCase(java.util.Locale.ROOT);
        int possible = ATTENDING.contains(mark) || ABSENT.contains(mark) ? 1 : 0;
        if (possible == 0 && !NOT_POSSIBLE.contains(mark)) {
            csv.problem(MARK, "'" + csv.text(MARK) + "' is not a DfE attendance code");
            return null;
        }
        if (child == null || date == null || !(session.equals("AM") || session.equals("PM"))) {
            return null;
        }
        return new Row(child, date, session, possible, ATTENDING.contains(mark) ? BigDecimal.ONE : BigDecimal.ZERO);
    }

    private static @Nullable Row weekly(EducationCsv.Row csv, LocalDate today, Predicate<String> known) {
        String child = child(csv, known);
        var monday = csv.date(WEEK_BEGINNING, today);
        if (monday != null && monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            csv.problem(WEEK_BEGINNING, csv.text(WEEK_BEGINNING) + " is a "
                    + monday.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)
                    + "; a week begins on a Monday");
            monday = null;
        }
        String p = csv.text(POSSIBLE);
        Integer possible = p.matches("\\d{1,2}") && Integer.parseInt(p) <= 14 ? Integer.parseInt(p) : null;
        if (possible == null) {
            csv.problem(POSSIBLE, "'" + p + "' is not a number of sessions from 0 to 14");
        }
        var percent = csv.number(PERCENT, BigDecimal.ZERO, BigDecimal.valueOf(100), "the percentage");
        if (child == null || monday == null || possible == null || percent == null) {
            return null;
        }
        // suppliers work the percentage out from whole sessions, so it converts back to whole sessions
        var attended = percent.multiply(BigDecimal.valueOf(possible)).divide(BigDecimal.valueOf(100), 0,
                RoundingMode.HALF_UP);
        return new Row(child, monday, WEEK, possible, attended);
    }

    private static @Nullable String child(EducationCsv.Row csv, Predicate<String> known) {
        String child = csv.text(CHILD);
        if (child.isEmpty()) {
            csv.problem(CHILD, "a child ID is needed");
            return null;
        }
        if (!child.matches(EducationAccess.CHILD_ID) || !known.test(child)) {
            csv.problem(CHILD, "no child with the ID '" + child + "' is on the record");
            return null;
        }
        return child;
    }
}
