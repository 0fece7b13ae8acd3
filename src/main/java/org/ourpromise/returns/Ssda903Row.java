package org.ourpromise.returns;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * One data row of an SSDA903 table, values as written (trimmed; blank is the empty string),
 * in the table's column order. {@code rowNumber} is the 1-based data row in its source file.
 */
public record Ssda903Row(Ssda903Table table, String source, int rowNumber, String[] values) {

    public Ssda903Row {
        if (values.length != table.columns().size()) {
            throw new IllegalArgumentException(table.dfeName() + " row needs " + table.columns().size()
                    + " values, got " + values.length);
        }
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

    /** The column read as a dd/mm/yyyy date; null when blank or not a valid date. */
    public LocalDate date(String column) {
        return Ssda903Dates.parseOrNull(get(column));
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
