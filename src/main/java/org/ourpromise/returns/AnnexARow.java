package org.ourpromise.returns;

import java.time.LocalDate;
import java.util.List;

/**
 * One child's row of an Annex A list, its values in the list's column order: a {@link String} (the
 * empty string when blank or not held in the record), a {@link LocalDate}, or an {@link Integer} for
 * counts and ages.
 */
public record AnnexARow(AnnexAList list, List<Object> values) {

    public AnnexARow {
        if (values.size() != list.columns().size()) {
            throw new IllegalArgumentException(list.sheetName() + " has " + list.columns().size() + " columns, got "
                    + values.size() + " values");
        }
        for (var v : values) {
            if (!(v instanceof String || v instanceof LocalDate || v instanceof Integer)) {
                throw new IllegalArgumentException("an Annex A value is text, a date or a whole number, got " + v);
            }
        }
        values = List.copyOf(values);
    }

    public String childId() {
        return (String) values.get(0);
    }

    /** The value of a column by its title; fails for a column the list does not have. */
    public Object get(String column) {
        int i = list.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException(list.sheetName() + " has no column " + column);
        }
        return values.get(i);
    }

    /** The value as Annex A shows it in text: dates dd/mm/yyyy, blank as "". */
    public String text(String column) {
        var v = get(column);
        return v instanceof LocalDate d ? Ssda903Dates.format(d) : v.toString();
    }
}
