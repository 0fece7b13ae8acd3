package org.ourpromise.returns.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ourpromise.returns.ReferenceData;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.returns.Ssda903Return;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.Ssda903Table;

/**
 * The return under validation as indexed, in-memory tables: rows by child are built once per
 * table on first use and shared by every rule, so no rule rescans a table per child.
 */
public final class RuleContext {

    private final Ssda903Return current;
    private final Optional<Ssda903Return> previous;
    private final int year;
    private final ReferenceData reference;
    private final Map<Ssda903Table, Map<String, List<Ssda903Row>>> byChild = new EnumMap<>(Ssda903Table.class);
    private final Map<Ssda903Table, Map<String, List<Ssda903Row>>> previousByChild = new EnumMap<>(Ssda903Table.class);

    public RuleContext(Ssda903Return current, Optional<Ssda903Return> previous, int year, ReferenceData reference) {
        this.current = current;
        this.previous = previous;
        this.year = year;
        this.reference = reference;
    }

    /** The collection year: the year of its closing 31 March. */
    public int year() {
        return year;
    }

    /** 1 April that opens the collection year. */
    public LocalDate start() {
        return Ssda903Dates.collectionStart(year);
    }

    /** 31 March that closes the collection year. */
    public LocalDate end() {
        return Ssda903Dates.collectionEnd(year);
    }

    public ReferenceData reference() {
        return reference;
    }

    public List<Ssda903Row> rows(Ssda903Table table) {
        return current.rows(table);
    }

    /** The child's rows in a table, in file order (episodes are sorted by DECOM, undated last). */
    public List<Ssda903Row> rowsOf(Ssda903Table table, String child) {
        return index(table).getOrDefault(child, List.of());
    }

    public Map<String, List<Ssda903Row>> byChild(Ssda903Table table) {
        return index(table);
    }

    /** The child's Header row, if there is one (the first, where the child is duplicated). */
    public Optional<Ssda903Row> header(String child) {
        var rows = rowsOf(Ssda903Table.HEADER, child);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public Optional<LocalDate> dateOfBirth(String child) {
        return header(child).map(h -> h.date("DOB"));
    }

    public boolean hasPrevious() {
        return previous.isPresent();
    }

    public List<Ssda903Row> previousRows(Ssda903Table table) {
        return previous.map(p -> p.rows(table)).orElse(List.of());
    }

    public List<Ssda903Row> previousRowsOf(Ssda903Table table, String child) {
        return previousByChild.computeIfAbsent(table, t -> group(previousRows(t), t)).getOrDefault(child, List.of());
    }

    private Map<String, List<Ssda903Row>> index(Ssda903Table table) {
        return byChild.computeIfAbsent(table, t -> group(current.rows(t), t));
    }

    private static Map<String, List<Ssda903Row>> group(List<Ssda903Row> rows, Ssda903Table table) {
        var map = new HashMap<String, List<Ssda903Row>>();
        for (var r : rows) {
            map.computeIfAbsent(r.child(), k -> new ArrayList<>()).add(r);
        }
        if (table == Ssda903Table.EPISODES) {
            Comparator<Ssda903Row> byStart = Comparator.comparing(r -> r.date("DECOM"),
                    Comparator.nullsLast(Comparator.naturalOrder()));
            map.values().forEach(list -> list.sort(byStart));
        }
        return map;
    }
}
