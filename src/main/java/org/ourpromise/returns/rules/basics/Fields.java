package org.ourpromise.returns.rules.basics;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.returns.Ssda903Row;

/** Small readings of raw 903 values shared by the rules of this package. */
final class Fields {

    static final Set<String> SHORT_BREAKS = Set.of("V3", "V4");
    static final Set<String> ADOPTED = Set.of("E11", "E12");
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

    static boolean isShortBreak(Ssda903Row episode) {
        return SHORT_BREAKS.contains(episode.get("LS"));
    }

    /** The date the child reaches {@code years}; 29 February birthdays fall on 28 February in other years. */
    static LocalDate birthday(LocalDate dob, int years) {
        return dob.plusYears(years);
    }

    /** Whole years of age on a date. */
    static int ageOn(LocalDate dob, LocalDate on) {
        return java.time.Period.between(dob, on).getYears();
    }

    /** The child's date of birth: the Header's, else the row's own DOB column; null when neither is a date. */
    static @Nullable LocalDate dateOfBirth(org.ourpromise.returns.rules.RuleContext ctx, Ssda903Row row) {
        LocalDate dob = ctx.dateOfBirth(row.child()).orElse(null);
        if (dob == null && row.table().indexOf("DOB") >= 0) {
            dob = row.date("DOB");
        }
        return dob;
    }

    /** Whether the episode covers part of the period from {@code from} to {@code to}, both inclusive. */
    static boolean overlaps(Ssda903Row episode, LocalDate from, LocalDate to) {
        LocalDate decom = episode.date("DECOM");
        LocalDate dec = episode.date("DEC");
        return decom != null && !decom.isAfter(to) && (dec == null || !dec.isBefore(from));
    }
}
