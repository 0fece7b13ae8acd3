package org.ourpromise.leavers;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.ourpromise.timescales.Birthdays;

/**
 * Pure: the day the leaving-care duty to a young person ends (the first day it is no longer owed), from their date
 * of birth and the basis recorded. With nothing recorded the duty runs to the 21st birthday. An agreed programme
 * of education or training carries it to the programme's end (however long past 21 it runs, never past 25), as
 * does a return to education or training before 25; support on request runs to 25 and ends early on the day the
 * young person says they no longer want it. The deadline engine asks here so that lapsed duties (a
 * 25-year-old's pathway plan review) leave the worklists on their own.
 */
public final class LeavingCareEntitlements {

    private LeavingCareEntitlements() {
    }

    public static LocalDate dutyEnds(LocalDate dateOfBirth, @Nullable LeavingCareEntitlement entitlement) {
        var at21 = birthday(dateOfBirth, 21);
        var at25 = birthday(dateOfBirth, 25);
        if (entitlement == null) {
            return at21;
        }
        return switch (entitlement.basis()) {
            case TO_21 -> at21;
            case EDUCATION_PROGRAMME -> entitlement.programmeEnds() == null ? at21
                    : earlier(later(entitlement.programmeEnds().plusDays(1), at21), at25);
            case BACK_IN_EDUCATION -> entitlement.programmeEnds() == null ? at25
                    : earlier(entitlement.programmeEnds().plusDays(1), at25);
            case ON_REQUEST_TO_25 -> entitlement.declinedOn() == null ? at25 : earlier(entitlement.declinedOn(), at25);
        };
    }

    /** Whether the duty is still owed on {@code day}. */
    public static boolean owedOn(LocalDate dateOfBirth, @Nullable LeavingCareEntitlement entitlement, LocalDate day) {
        return day.isBefore(dutyEnds(dateOfBirth, entitlement));
    }

    /** The birthday as the measures count it: someone born on 29 February turns a year older on 1 March. */
    static LocalDate birthday(LocalDate dob, int years) {
        return Birthdays.nth(dob, years);
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
