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
    private Map<String, LocalDate> birthDates;

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

    /**
     * The DOB of the child's Header row, if there is one with a valid date. Parsed once per child
     * for the whole validation: most rules ask for it, many once per episode.
     */
    public Optional<LocalDate> dateOfBirth(String child) {
        return Optional.ofNullable(birthDates().get(child));
    }

    private Map<String, LocalDate> birthDates() {
        if (birthDates == null) {
            var dates = new HashMap<String, LocalDate>();
            for (var rows : index(Ssda903Table.HEADER).values()) {
                var dob = rows.get(0).date("DOB");
                if (dob != null) {
                    dates.put(rows.get(0).child(), dob);
                }
            }
            birthDates = dates;
        }
        return birthDates;
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
            map.replaceAll((child, episodes) -> byStart(episodes));
        }
        return map;
    }

    /** Episodes by DECOM (undated last, file order among equals), each DECOM parsed once, not per comparison. */
    private static List<Ssda903Row> byStart(List<Ssda903Row> episodes) {
        if (episodes.size() < 2) {
            return episodes;
        }
        var dated = new ArrayList<Dated>(episodes.size());
        for (var e : episodes) {
            dated.add(new Dated(e, e.date("DECOM")));
        }
        dated.sort(Comparator.comparing(Dated::start, Comparator.nullsLast(Comparator.naturalOrder())));
        var sorted = new ArrayList<Ssda903Row>(dated.size());
        for (var d : dated) {
            sorted.add(d.row());
        }
        return sorted;
    }

    private record Dated(Ssda903Row row, LocalDate start) {
    }
}
