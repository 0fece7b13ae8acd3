package org.ourpromise.returns.rules.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.Ssda903Table;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleSink;

/**
 * Dated periods of one child held as rows with a start and an optional end column (missing
 * episodes, DoLOs, social worker episodes, decisions to place for adoption).
 */
public final class DatedPeriods {

    private DatedPeriods() {
    }

    /** The rows with a valid start, sorted by start then end (open last); file order breaks ties. */
    public static List<Ssda903Row> byStart(List<Ssda903Row> rows, String startColumn, String endColumn) {
        if (rows.size() == 1) {
            return rows.get(0).date(startColumn) == null ? List.of() : rows;
        }
        // Dates are parsed once per row, not on every comparison.
        var dated = new ArrayList<Dated>(rows.size());
        for (var r : rows) {
            var start = r.date(startColumn);
            if (start != null) {
                dated.add(new Dated(r, start, r.date(endColumn)));
            }
        }
        dated.sort(Comparator.comparing(Dated::start)
                .thenComparing(Dated::end, Comparator.nullsLast(Comparator.naturalOrder())));
        var sorted = new ArrayList<Ssda903Row>(dated.size());
        for (var d : dated) {
            sorted.add(d.row());
        }
        return sorted;
    }

    private record Dated(Ssda903Row row, LocalDate start, LocalDate end) {
    }

    /**
     * Fails each period that starts while an earlier one is still open or before an earlier one
     * ended. A period may start on the day the previous one ended.
     */
    public static void failOverlaps(RuleContext ctx, Ssda903Table table, String startColumn, String endColumn,
            RuleSink sink) {
        for (var rows : ctx.byChild(table).values()) {
            if (rows.size() < 2) {
                continue;
            }
            LocalDate latestEnd = null;
            boolean anyOpen = false;
            boolean first = true;
            for (var r : byStart(rows, startColumn, endColumn)) {
                var start = r.date(startColumn);
                if (!first && (anyOpen || start.isBefore(latestEnd))) {
                    sink.fail(r);
                }
                var end = r.date(endColumn);
                if (end == null) {
                    anyOpen = true;
                } else if (latestEnd == null || end.isAfter(latestEnd)) {
                    latestEnd = end;
                }
                first = false;
            }
        }
    }

    /**
     * A period open at the end of last year's return must be carried into this year with the same
     * start date: fails this year's earliest period of such a child when its start differs (or is
     * not a valid date). A child with no rows this year has no row to report.
     */
    public static void failUncarriedOpenPeriods(RuleContext ctx, Ssda903Table table, String startColumn,
            String endColumn, RuleSink sink) {
        for (var entry : ctx.byChild(table).entrySet()) {
            var last = ctx.previousRowsOf(table, entry.getKey());
            LocalDate openStart = null;
            for (var r : last) {
                if (r.isBlank(endColumn) && r.date(startColumn) != null) {
                    openStart = r.date(startColumn);
                }
            }
            if (openStart == null) {
                continue;
            }
            Ssda903Row earliest = null;
            for (var r : entry.getValue()) {
                var start = r.date(startColumn);
                if (start == null) {
                    earliest = r;
                    break;
                }
                if (earliest == null || start.isBefore(earliest.date(startColumn))) {
                    earliest = r;
                }
            }
            if (earliest != null && !openStart.equals(earliest.date(startColumn))) {
                sink.fail(earliest);
            }
        }
    }
}
