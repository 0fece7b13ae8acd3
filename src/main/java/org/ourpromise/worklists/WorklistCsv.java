package org.ourpromise.worklists;

import java.time.LocalDate;
import java.util.List;

/**
 * A worklist (or any table of work) as CSV (RFC 4180, CRLF). Text that a spreadsheet would read as a formula (starting
 * = + - @) is prefixed with an apostrophe, so a downloaded list cannot run anything when opened.
 */
public final class WorklistCsv {

    static final String HEADER = "Child ID,Name,Deadline,What is due,Due date,Status,Days overdue,Worker,Worker name,Team,"
            + "Reason for lateness,Explanation";

    private WorklistCsv() {
    }

    static String of(Worklist list, LocalDate today, org.ourpromise.staff.WorkerNames names) {
        var rows = new java.util.ArrayList<List<String>>();
        for (var i : list.items()) {
            var e = i.explanation();
            rows.add(List.of(i.childId(), i.childName(), i.item().rule().code(),
                    i.item().rule().description(), i.item().due().toString(), i.overdue() ? "Overdue" : "Due",
                    String.valueOf(i.daysOverdue(today)), i.worker(), i.worker().isEmpty() ? "" : names.of(i.worker()), i.team(), e == null ? "" : e.reason(),
                    e == null || e.note() == null ? "" : e.note()));
        }
        return table(List.of(HEADER.split(",")), rows);
    }

    /** A header row and the rows, each cell made safe by {@link #cell}. */
    public static String table(List<String> header, List<List<String>> rows) {
        var out = new StringBuilder();
        line(out, header);
        rows.forEach(r -> line(out, r));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(c)));
        }
        out.append("\r\n");
    }

    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
