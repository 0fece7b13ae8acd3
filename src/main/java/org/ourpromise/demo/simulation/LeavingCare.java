package org.ourpromise.demo.simulation;

import java.time.LocalDate;
import java.util.List;
import org.ourpromise.record.CareLeaverContact;
import org.ourpromise.returns.Ssda903Dates;

/**
 * Contact with a care leaver (DOMAIN.md §2.7, §3.2 rows 27–29): a personal adviser in touch every
 * couple of months to 21, a contact around each birthday from the 17th to the 21st (what OC3
 * reports), and for those who ask for support to 25 a contact around each later birthday. As in
 * England (DOMAIN.md §2.7: 85% of 19–21s suitably housed in 2019, 90% at 18; EES 2023–24 about 93%
 * in touch and 55% of 19–21s in education, employment or training), measured over the whole OC3
 * cohort with {@code CouncilShape}: about 93% in touch, 55–60% in education, employment or
 * training, 87–88% in suitable accommodation.
 */
final class LeavingCare {

    private LeavingCare() {
    }

    static void contacts(Chance chance, ChildOutline child, LocalDate left, String reasonLeft, LocalDate asAt,
            List<CareLeaverContact> out) {
        double eet = Math.max(0.1, Math.min(0.95, 0.62 + 0.2 * chance.gaussian()));
        LocalDate twentyOne = child.birthday(21);
        LocalDate t = Days.plus(left, chance.between(3, 10));
        int sinceReview = 0;
        while (t.isBefore(twentyOne) && !t.isAfter(asAt)) {
            boolean review = sinceReview >= 2 && chance.percent(0.6);
            out.add(contact(chance, child, t, reasonLeft, eet, review, true));
            sinceReview = review ? 0 : sinceReview + 1;
            t = Days.plus(t, chance.percent(0.85) ? chance.between(30, 61) : chance.between(62, 120));
        }
        for (int age = 17; age <= Math.max(21, child.supportUntilAge()); age++) {
            LocalDate birthday = child.birthday(age);
            if (birthday.isAfter(asAt)) {
                break;
            }
            LocalDate d = aroundBirthday(chance, birthday, asAt);
            if (age >= 22) {
                // Support to 25 is on request (Children Act 1989 s23CZB): those who asked are in touch.
                out.add(contact(chance, child, d, reasonLeft, eet, true, false));
            } else if (d.isAfter(left)) {
                out.add(contact(chance, child, d, reasonLeft, eet, false, true));
            }
        }
        out.sort(java.util.Comparator.comparing(CareLeaverContact::date));
    }

    /** A day near the birthday inside the collection year of the birthday, so it reports on that year's OC3. */
    private static LocalDate aroundBirthday(Chance chance, LocalDate birthday, LocalDate asAt) {
        int year = Ssda903Dates.collectionYearOf(birthday);
        LocalDate d = Days.plus(birthday, chance.between(-45, 20));
        LocalDate start = Ssda903Dates.collectionStart(year);
        LocalDate end = Ssda903Dates.collectionEnd(year);
        d = d.isBefore(start) ? start : d.isAfter(end) ? end : d;
        return d.isAfter(asAt) ? asAt : d;
    }

    private static CareLeaverContact contact(Chance chance, ChildOutline child, LocalDate date, String reasonLeft,
            double eet, boolean review, boolean mayLoseTouch) {
        int age = OutlineSimulator.age(child.dateOfBirth(), date);
        boolean wentHome = reasonLeft.equals("E4A") || reasonLeft.equals("E4B") || reasonLeft.equals("E13");
        String inTouch = !mayLoseTouch || chance.percent(0.93) ? "YES" : chance.pick(OUT_OF_TOUCH[age >= 18 ? 1 : 0][wentHome ? 1 : 0]);
        if (!inTouch.equals("YES")) {
            return new CareLeaverContact(Days.shared(date), inTouch, "0", "0", false, false, null);
        }
        return new CareLeaverContact(Days.shared(date), inTouch, activity(chance, child, age, eet), accommodation(chance, age, reasonLeft),
                review, false, null);
    }

    /** Why not in touch, by [18 or over][went home]: NREQ only for adults, RHOM only after going home. */
    private static final WeightedCodes[][] OUT_OF_TOUCH = {
        {WeightedCodes.of("NO", 40, "REFU", 20, "NREQ", 0, "RHOM", 0), WeightedCodes.of("NO", 40, "REFU", 20, "NREQ", 0, "RHOM", 20)},
        {WeightedCodes.of("NO", 40, "REFU", 20, "NREQ", 20, "RHOM", 0), WeightedCodes.of("NO", 40, "REFU", 20, "NREQ", 20, "RHOM", 20)}};
    private static final WeightedCodes EET_UNDER_19 = WeightedCodes.of("F2", 60, "P2", 6, "F4", 10, "F5", 14, "P5", 10);
    private static final WeightedCodes EET_19_AND_OVER = WeightedCodes.of("F1", 12, "P1", 2, "F2", 20, "P2", 5, "F4", 14,
            "P4", 3, "F5", 28, "P5", 16);
    /** Not in education, employment or training; G6 (parenting or caring) mostly young women. */
    private static final WeightedCodes NEET_FEMALE = WeightedCodes.of("G5", 78, "G4", 12, "G6", 14);
    private static final WeightedCodes NEET_MALE = WeightedCodes.of("G5", 78, "G4", 12, "G6", 2);
    private static final WeightedCodes ACCOMMODATION_UNDER_18 = WeightedCodes.of("B", 40, "D", 30, "E", 12, "C", 6, "U", 4,
            "K", 3, "S", 1, "X", 1, "Y", 1);
    private static final WeightedCodes ACCOMMODATION_18_AND_OVER = WeightedCodes.of("U", 34, "D", 22, "B", 16, "E", 6, "K", 5,
            "T", 4, "S", 2, "W", 1, "X", 2, "Y", 3, "Z", 2);

    private static String activity(Chance chance, ChildOutline child, int age, double eet) {
        if (chance.percent(eet)) {
            return chance.pick(age < 19 ? EET_UNDER_19 : EET_19_AND_OVER);
        }
        return chance.pick(child.sex().equals("F") ? NEET_FEMALE : NEET_MALE);
    }

    /** Not with former foster carers at 17 (V903 rule 3001), no foyer under 18 (rule 347). */
    private static String accommodation(Chance chance, int age, String reasonLeft) {
        String letter;
        if (age < 18) {
            letter = chance.pick(ACCOMMODATION_UNDER_18);
        } else {
            boolean stayingPut = reasonLeft.equals("E17") && age < 21;
            letter = stayingPut && chance.percent(0.7) ? "Z"
                    : chance.pick(ACCOMMODATION_18_AND_OVER);
        }
        // No fixed abode (S) and custody (X) are never suitable: DfE has no S1 or X1 (rule 133).
        boolean neverSuitable = letter.equals("S") || letter.equals("X");
        boolean suitable = !neverSuitable && (letter.equals("W") ? chance.percent(0.1) : chance.percent(0.98));
        return ACCOMMODATION[letter.charAt(0) - 'A'][suitable ? 0 : 1];
    }

    /** "B1", "B2", ... spelt once: 1.5 million contacts at national scale share them. */
    private static final String[][] ACCOMMODATION = new String[26][];

    static {
        for (char c = 'A'; c <= 'Z'; c++) {
            ACCOMMODATION[c - 'A'] = new String[] {c + "1", c + "2"};
        }
    }
}
