package org.ourpromise.returns.derivation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.Ssda903Table;

/**
 * The rows of one return being built. Rows are added one child at a time, children in CHILD order;
 * each child's rows of a table are put in order of the table's date (DECOM, REVIEW, MIS_START, ...),
 * equal dates by their values, so the return does not depend on the order of the record's lists.
 */
final class ChildRows {

    private record Dated(LocalDate date, String[] values) {
    }

    private static final Comparator<Dated> ORDER =
            Comparator.comparing(Dated::date).thenComparing(Dated::values, Arrays::compare);

    private final Map<Ssda903Table, List<Ssda903Row>> tables = new EnumMap<>(Ssda903Table.class);
    private final Map<Ssda903Table, List<Dated>> pending = new EnumMap<>(Ssda903Table.class);

    ChildRows() {
        for (var t : Ssda903Table.values()) {
            tables.put(t, new ArrayList<>());
        }
    }

    /** A row of the current child, placed by {@code date} among the child's rows of the table. */
    void add(Ssda903Table table, LocalDate date, String... values) {
        pending.computeIfAbsent(table, t -> new ArrayList<>()).add(new Dated(date, values));
    }

    /** Ends the current child: its rows join the tables in order. */
    void endChild() {
        for (var entry : pending.entrySet()) {
            var rows = entry.getValue();
            if (rows.isEmpty()) {
                continue;
            }
            if (rows.size() > 1) {
                rows.sort(ORDER);
            }
            var target = tables.get(entry.getKey());
            for (var r : rows) {
                target.add(Ssda903Row.of(entry.getKey(), r.values()));
            }
            rows.clear();
        }
    }

    /** Forgets the current child's rows (a child that turns out to be out of scope). */
    void dropChild() {
        for (var rows : pending.values()) {
            rows.clear();
        }
    }

    Map<Ssda903Table, List<Ssda903Row>> tables() {
        return tables;
    }
}
