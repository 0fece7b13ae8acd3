package org.ourpromise.timescales;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.CareLeaverContact;

/**
 * Pure: the care leaver figures the board follows in-year, as at any day, from the contacts recorded; one
 * computation for the care leavers' page and the board's in-year figures (issue 15). The care leavers counted are the
 * relevant and former relevant young people on the day ({@link #counted}), as the return counts them. For each
 * age band (17–18, 19–21, 22–25): how many care leavers; how many were in touch in the last two months (a contact
 * in touch after the same day two months before, up to the day); and from the latest contact on or before the
 * day, how many are in education, employment or training and how many in suitable accommodation; and how many
 * are in a Staying Put arrangement on the day.
 */
public final class CareLeaverBands {

    /** The age bands the board reads, both ends included. */
    public enum Band {
        AGED_17_TO_18(17, 18), AGED_19_TO_21(19, 21), AGED_22_TO_25(22, 25);

        private final int from;
        private final int to;

        Band(int from, int to) {
            this.from = from;
            this.to = to;
        }

        public String words() {
            return from + " to " + to;
        }

        /** "17_to_18": the band in a measure's key. */
        public String key() {
            return from + "_to_" + to;
        }

        public static @Nullable Band of(int age) {
            for (var b : values()) {
                if (age >= b.from && age <= b.to) {
                    return b;
                }
            }
            return null;
        }
    }

    /** One care leaver on the day: their date of birth, every contact, and whether in Staying Put on the day. */
    public record Leaver(String childId, LocalDate dateOfBirth, List<CareLeaverContact> contacts, boolean stayingPut) {
    }

    /** The figures for one band. */
    public record Figures(Band band, int leavers, int inTouch, int inEet, int suitablyHoused, int stayingPut) {
    }

    /** The 903 activities that are education, employment or training (full or part time). */
    static final Set<String> EET = Set.of("F1", "P1", "F2", "P2", "F3", "P3", "F4", "P4", "F5", "P5");

    private CareLeaverBands() {
    }

    /** Whether a young person of this category on the day is a care leaver the figures count. */
    public static boolean counted(CareLeaverCategory category) {
        return category == CareLeaverCategory.RELEVANT || category == CareLeaverCategory.FORMER_RELEVANT;
    }

    /** The band a care leaver of this date of birth is in on the day; null if none. */
    public static @Nullable Band bandOn(LocalDate dateOfBirth, LocalDate day) {
        return Band.of(Birthdays.age(dateOfBirth, day));
    }

    /** In touch in the last two months: a contact in touch after the same day two months before, up to the day. */
    public static boolean inTouch(List<CareLeaverContact> contacts, LocalDate day) {
        var windowAfter = day.minusMonths(2);
        return contacts.stream().anyMatch(c -> !c.date().isAfter(day) && c.date().isAfter(windowAfter)
                && "YES".equalsIgnoreCase(c.inTouch()));
    }

    public static List<Figures> asAt(LocalDate day, List<Leaver> leavers) {
        int[][] counts = new int[Band.values().length][5];
        for (var l : leavers) {
            var band = bandOn(l.dateOfBirth(), day);
            if (band == null) {
                continue;
            }
            int[] c = counts[band.ordinal()];
            c[0]++;
            CareLeaverContact latest = null;
            for (var contact : l.contacts()) {
                if (!contact.date().isAfter(day) && (latest == null || !contact.date().isBefore(latest.date()))) {
                    latest = contact;
                }
            }
            c[1] += inTouch(l.contacts(), day) ? 1 : 0;
            c[2] += latest != null && EET.contains(latest.activity()) ? 1 : 0;
            c[3] += latest != null && latest.accommodation() != null && latest.accommodation().endsWith("1") ? 1 : 0;
            c[4] += l.stayingPut() ? 1 : 0;
        }
        var out = new ArrayList<Figures>();
        for (var b : Band.values()) {
            int[] c = counts[b.ordinal()];
            out.add(new Figures(b, c[0], c[1], c[2], c[3], c[4]));
        }
        return out;
    }
}
