package org.ourpromise.measures;

import java.util.ArrayList;
import java.util.List;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.returns.Ssda903Return;
import org.ourpromise.returns.Ssda903Table;

/**
 * The dates the measures place children in time by: a value that is not a dd/mm/yyyy date would silently
 * move a child in or out of a cohort, so the {@code indicators} command refuses it (one line per problem).
 * Other data quality is {@code validate-903}'s job.
 */
final class MeasureInputCheck {

    static final int MAX_PROBLEMS = 50;

    private record DateColumn(Ssda903Table table, String column, boolean required) {
    }

    private static final List<DateColumn> DATES = List.of(
            new DateColumn(Ssda903Table.EPISODES, "DECOM", true),
            new DateColumn(Ssda903Table.EPISODES, "DEC", false),
            new DateColumn(Ssda903Table.HEADER, "DOB", false),
            new DateColumn(Ssda903Table.UASC, "DUC", false),
            new DateColumn(Ssda903Table.OC2, "DOB", false),
            new DateColumn(Ssda903Table.OC3, "DOB", false),
            new DateColumn(Ssda903Table.AD1, "DATE_MATCH", false),
            new DateColumn(Ssda903Table.REVIEWS, "REVIEW", true),
            new DateColumn(Ssda903Table.MISSING, "MIS_START", true));

    /** The tables the measures read: without one of them some figures would be wrong, not merely empty. */
    private static final java.util.Set<Ssda903Table> NEEDED = java.util.EnumSet.of(Ssda903Table.HEADER,
            Ssda903Table.EPISODES, Ssda903Table.REVIEWS, Ssda903Table.UASC, Ssda903Table.OC2, Ssda903Table.OC3,
            Ssda903Table.AD1, Ssda903Table.PREV_PERM, Ssda903Table.MISSING);

    private MeasureInputCheck() {
    }

    /**
     * One line per table the measures need that the return was not given (a file with only its header
     * row counts as given, with no rows).
     */
    static List<String> missingTables(Ssda903Return ret, String dir) {
        var problems = new ArrayList<String>();
        for (var t : NEEDED) {
            if (!ret.tablesGiven().contains(t)) {
                problems.add("indicators: " + dir + " has no " + t.dfeName() + " table (" + t.fileName()
                        + ", recognised by its header row); the measures need it");
            }
        }
        return problems;
    }

    static List<String> problems(Ssda903Return ret) {
        var problems = new ArrayList<String>();
        int more = 0;
        for (var d : DATES) {
            for (var row : ret.rows(d.table())) {
                String value = row.get(d.column());
                boolean bad = value.isEmpty() ? d.required() : !Ssda903Dates.isValid(value);
                if (!bad) {
                    continue;
                }
                if (problems.size() < MAX_PROBLEMS) {
                    problems.add(row.source() + ", row " + row.rowNumber() + ", " + d.column() + ": "
                            + (value.isEmpty() ? "missing; the measures need it" : "'" + value
                                    + "' is not a date as dd/mm/yyyy") + " (child " + row.child() + ")");
                } else {
                    more++;
                }
            }
        }
        if (more > 0) {
            problems.add("... and " + more + " more problems of the same kind");
        }
        return problems;
    }
}
