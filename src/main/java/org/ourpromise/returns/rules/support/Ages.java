package org.ourpromise.returns.rules.support;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RuleContext;

/**
 * Ages on a date, as the DfE rules state them ("aged 10 or over at 31 March", "before the 18th
 * birthday"). A child reaches an age on the birthday itself. A 29 February birthday falls on
 * 28 February in other years, as {@link LocalDate#plusYears} and the DfE community validator count
 * it. UNCONFIRMED: whether DfE's own tool (or English law, which some read as 1 March) counts
 * 1 March instead; the choice only matters for children born on 29 February.
 */
public final class Ages {

    private Ages() {
    }

    /** The day someone born on {@code dob} reaches {@code years} years of age. */
    public static LocalDate birthday(LocalDate dob, int years) {
        return dob.plusYears(years);
    }

    /** Whole years of age on {@code date} (negative before birth). */
    public static int ageOn(LocalDate dob, LocalDate date) {
        int years = date.getYear() - dob.getYear();
        if (date.isBefore(birthday(dob, years))) {
            years--;
        }
        return years;
    }

    /** Whether someone born on {@code dob} has reached {@code years} on or before {@code date}. */
    public static boolean atLeast(LocalDate dob, LocalDate date, int years) {
        return !date.isBefore(birthday(dob, years));
    }

    /**
     * The child's date of birth: the Header's when it holds a valid one, else the row's own DOB column
     * (most tables repeat it); null when neither is a date.
     */
    public static @Nullable LocalDate dateOfBirth(RuleContext ctx, Ssda903Row row) {
        LocalDate dob = ctx.dateOfBirth(row.child()).orElse(null);
        if (dob == null && row.table().indexOf("DOB") >= 0) {
            dob = row.date("DOB");
        }
        return dob;
    }
}
