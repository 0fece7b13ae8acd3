package org.ourpromise.returns.derivation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.CareLeaverContact;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.PeriodOfCare;
import org.ourpromise.returns.CareLeaverContactWindow;

/**
 * The OC3 values (IN_TOUCH, ACTIV, ACCOM) of a care leaver whose 17th–25th birthday falls in the
 * collection year (DOMAIN.md §1.2, §2.7, §3.3), or none when the young person is out of scope.
 */
public final class CareLeaverOutcome {

    /** Periods of care ending this way need no OC3: died in care, care transferred, adopted (rules 1000, 1007, 1011, 134). */
    private static final Set<String> NO_CARE_LEAVER_DATA = Set.of("E2", "E3", "E11", "E12");
    private static final int THIRTEEN_WEEKS = 91;

    private CareLeaverOutcome() {
    }

    /** IN_TOUCH, ACTIV, ACCOM, or null when the young person has no OC3 row in the year. */
    public static String @Nullable [] of(ChildRecord child, CollectionSpan span, CareLeaverContactWindow window) {
        LocalDate dob = child.dateOfBirth();
        // The year holds exactly one birthday, the one of the age reached by 31 March.
        int age = Ages.on(dob, span.end());
        if (age < 17 || age > 25) {
            return null;
        }
        LocalDate birthday = Ages.birthday(dob, age);
        if (!isCareLeaverOn(child, birthday)) {
            return null;
        }
        if (age <= 21) {
            var contact = nearest(child.careLeaverContacts(), birthday, window);
            // No contact around the birthday: the council was not in touch and knows nothing (§1.4.13–15).
            return contact == null ? new String[] {"NO", "0", "0"} : values(contact);
        }
        // 22–25: only those in touch in the year, as at their latest contact (DOMAIN.md §2.7).
        CareLeaverContact latest = null;
        for (var c : child.careLeaverContacts()) {
            if (span.inYear(c.date()) && "YES".equals(c.inTouch()) && (latest == null || !c.date().isBefore(latest.date()))) {
                latest = c;
            }
        }
        return latest == null ? null : values(latest);
    }

    /**
     * A relevant or former relevant young person on the birthday (DOMAIN.md §3.3): not looked after on
     * it (leaving care on the birthday itself counts as not looked after), the last period of care
     * before it not ended by death, transfer or adoption, and the 13-week test met. A care-leaver
     * contact imported from a return also counts as meeting the test: the council's own return said
     * the young person was a care leaver, and the episodes that made them one may predate the
     * imported data.
     */
    static boolean isCareLeaverOn(ChildRecord child, LocalDate birthday) {
        var before = new ArrayList<CareEpisode>();
        for (var e : child.episodes()) {
            if (e.isOpenAt(birthday)) {
                return false;
            }
            if (!e.isShortBreak() && e.started().isBefore(birthday)) {
                before.add(e);
            }
        }
        var periods = PeriodOfCare.of(before);
        if (!periods.isEmpty() && NO_CARE_LEAVER_DATA.contains(periods.get(periods.size() - 1).endReason())) {
            return false;
        }
        return meetsThirteenWeekTest(before, child.dateOfBirth(), birthday) || hasImportedContact(child);
    }

    /**
     * Looked after for at least 13 weeks (91 days) after the 14th birthday, some of it after the 16th
     * (DOMAIN.md §3.3, the community validator's rule 1001 algorithm); periods add up. Episodes still
     * open count up to {@code asAt}.
     */
    static boolean meetsThirteenWeekTest(List<CareEpisode> episodes, LocalDate dob, LocalDate asAt) {
        long from14 = Ages.birthday(dob, 14).toEpochDay();
        long from16 = Ages.birthday(dob, 16).toEpochDay();
        long days14 = 0;
        long days16 = 0;
        for (var e : episodes) {
            long start = e.started().toEpochDay();
            long stop = Math.min(e.ceased() == null ? Long.MAX_VALUE : e.ceased().toEpochDay(), asAt.toEpochDay());
            days14 += Math.max(0, stop - Math.max(start, from14));
            days16 += Math.max(0, stop - Math.max(start, from16));
        }
        return days14 >= THIRTEEN_WEEKS && days16 >= 1;
    }

    private static boolean hasImportedContact(ChildRecord child) {
        for (var c : child.careLeaverContacts()) {
            if (c.fromReturn()) {
                return true;
            }
        }
        return false;
    }

    /** The contact nearest the birthday within the window; of two equally near, the later one (then the one recorded last). */
    static @Nullable CareLeaverContact nearest(List<CareLeaverContact> contacts, LocalDate birthday,
            CareLeaverContactWindow window) {
        LocalDate from = birthday.minusMonths(window.monthsBefore());
        LocalDate to = birthday.plusMonths(window.monthsAfter());
        long day = birthday.toEpochDay();
        CareLeaverContact best = null;
        long bestDistance = Long.MAX_VALUE;
        for (var c : contacts) {
            if (c.date().isBefore(from) || c.date().isAfter(to)) {
                continue;
            }
            long distance = Math.abs(c.date().toEpochDay() - day);
            if (distance < bestDistance || distance == bestDistance && !c.date().isBefore(best.date())) {
                best = c;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static String[] values(CareLeaverContact c) {
        return new String[] {c.inTouch(), c.activity(), c.accommodation()};
    }
}
