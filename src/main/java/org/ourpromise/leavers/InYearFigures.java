package org.ourpromise.leavers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.CareLeaverContact;
import org.ourpromise.timescales.Birthdays;

/**
 * Pure: the care leaver figures the board follows monthly, as at any day, from the contacts recorded. For each
 * age band (17–18, 19–21, 22–25): how many care leavers; how many were in touch in the last two months (a contact
 * in touch after the same day two months before, up to the day); and from the latest contact on or before the
 * day, how many are in education, employment or training and how many in suitable accommodation; and how many
 * are in a Staying Put arrangement on the day.
 */
public final class InYearFigures {

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

        static @Nullable Band of(int age) {
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

    private InYearFigures() {
    }

    public static List<Figures> asAt(LocalDate day, List<Leaver> leavers) {
        int[][] counts = new int[Band.values().length][5];
        var windowAfter = day.minusMonths(2);
        for (var l : leavers) {
            var band = Band.of(Birthdays.age(l.dateOfBirth(), day));
            if (band == null) {
                continue;
            }
            int[] c = counts[band.ordinal()];
            c[0]++;
            CareLeaverContact latest = null;
            boolean recent = false;
            for (var contact : l.contacts()) {
                if (contact.date().isAfter(day)) {
                    continue;
                }
                if (latest == null || !contact.date().isBefore(latest.date())) {
                    latest = contact;
                }
                recent |= contact.date().isAfter(windowAfter) && "YES".equalsIgnoreCase(contact.inTouch());
            }
            c[1] += recent ? 1 : 0;
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
