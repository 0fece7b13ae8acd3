package org.ourpromise.returns;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * One data row of an SSDA903 table, values as written (trimmed; blank is the empty string),
 * in the table's column order. {@code rowNumber} is the 1-based data row in its source file.
 * A value class (not a record) only so that it can remember the dates it has read: every rule of a
 * validation reads the same DECOM and DEC, and parsing them again was most of the validation time.
 */
public final class Ssda903Row {

    /** Remembers a column that is blank or not a date. */
    private static final LocalDate NOT_A_DATE = LocalDate.MIN;

    private final Ssda903Table table;
    private final String source;
    private final int rowNumber;
    private final String[] values;
    /**
     * Dates read so far, by column; filled lazily. Several rules may read at once: a racing thread at
     * worst parses the text again, and LocalDate is immutable, so no lock is needed.
     */
    private LocalDate[] dates;

    public Ssda903Row(Ssda903Table table, String source, int rowNumber, String[] values) {
        if (values.length != table.columns().size()) {
            throw new IllegalArgumentException(table.dfeName() + " row needs " + table.columns().size()
                    + " values, got " + values.length);
        }
        this.table = table;
        this.source = source;
        this.rowNumber = rowNumber;
        this.values = values;
    }

    public Ssda903Table table() {
        return table;
    }

    /** The file the row was read from. */
    public String source() {
        return source;
    }

    public int rowNumber() {
        return rowNumber;
    }

    /** The values in column order (the array itself: do not change it). */
    public String[] values() {
        return values;
    }

    public static Ssda903Row of(Ssda903Table table, String... values) {
        return new Ssda903Row(table, table.fileName(), 0, values);
    }

    public String child() {
        return values[0];
    }

    /** The raw value of a column ("" when blank); fails for a column the table does not have. */
    public String get(String column) {
        int i = table.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException(table.dfeName() + " has no column " + column);
        }
        return values[i];
    }

    public boolean isBlank(String column) {
        return get(column).isEmpty();
    }

    /** The column read as a dd/mm/yyyy date; null when blank or not a valid date. Read once per row. */
    public LocalDate date(String column) {
        int i = table.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException(table.dfeName() + " has no column " + column);
        }
        var known = dates;
        if (known == null) {
            known = new LocalDate[values.length];
            dates = known;
        }
        var date = known[i];
        if (date == null) {
            date = Ssda903Dates.parseOrNull(values[i]);
            known[i] = date == null ? NOT_A_DATE : date;
        }
        return date == NOT_A_DATE ? null : date;
    }

    public Ssda903Row withValue(String column, String value) {
        var copy = values.clone();
        copy[table.indexOf(column)] = value;
        return new Ssda903Row(table, source, rowNumber, copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ssda903Row r && r.table == table && Arrays.equals(r.values, values);
    }

    @Override
    public int hashCode() {
        return table.hashCode() * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return table.dfeName() + Arrays.toString(values);
    }
}
