package org.ourpromise.worklists;

import java.time.LocalDate;
import java.util.List;
import org.ourpromise.lists.CsvTable;

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
        return CsvTable.of(List.of(HEADER.split(",")), rows);
    }
}
