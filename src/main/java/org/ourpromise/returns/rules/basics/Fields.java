package org.ourpromise.returns.rules.basics;

import java.util.Set;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.returns.Ssda903Row;

/** Small readings of raw 903 values shared by the rules of this package. */
final class Fields {

    static final Set<String> ZERO_ONE = Set.of("0", "1");

    private Fields() {
    }

    /** "Is not a valid date": a filled value that is not dd/mm/yyyy, or a blank one when the field is required. */
    static boolean invalidDate(Ssda903Row row, String column, boolean required) {
        String value = row.get(column);
        return value.isEmpty() ? required : !Ssda903Dates.isValid(value);
    }

    static boolean anyFilled(Ssda903Row row, String... columns) {
        for (var c : columns) {
            if (!row.isBlank(c)) {
                return true;
            }
        }
        return false;
    }

    static boolean allFilled(Ssda903Row row, String... columns) {
        for (var c : columns) {
            if (row.isBlank(c)) {
                return false;
            }
        }
        return true;
    }
}
