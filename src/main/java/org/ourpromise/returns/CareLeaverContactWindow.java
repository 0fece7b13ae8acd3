package org.ourpromise.returns;

/**
 * Which care-leaver contact reports on a 17th–21st birthday in OC3: the one nearest the birthday
 * from {@code monthsBefore} months before it to {@code monthsAfter} months after it. DOMAIN.md §2.7
 * marks the window UNCONFIRMED ("commonly operated as 3 months before to 1 month after"); the
 * default is that common practice, and a council may set its own.
 */
public record CareLeaverContactWindow(int monthsBefore, int monthsAfter) {

    /** 3 months before to 1 month after the birthday (DOMAIN.md §2.7, UNCONFIRMED). */
    public static final CareLeaverContactWindow DEFAULT = new CareLeaverContactWindow(3, 1);

    public CareLeaverContactWindow {
        if (monthsBefore < 0 || monthsAfter < 0) {
            throw new IllegalArgumentException("window months cannot be negative: " + monthsBefore + ", " + monthsAfter);
        }
    }
}
