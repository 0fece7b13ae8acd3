package org.ourpromise.demo.simulation;

/**
 * DfE unique pupil numbers: a check letter, a 3-digit LA number, a 4-digit establishment number,
 * the 2-digit year of issue and a 3-digit serial. The check letter is the sum of each of the twelve
 * digits times its position (2 to 13) modulo 23, written with the alphabet less I, O and S
 * (DfE "Unique pupil numbers" guidance; govtalk data standard UniquePupilNumber 2.0).
 */
public final class UniquePupilNumber {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private UniquePupilNumber() {
    }

    /** The check letter for the twelve characters after it (permanent UPNs: all digits). */
    public static char checkLetter(String twelveDigits) {
        if (!isTwelveDigits(twelveDigits)) {
            throw new IllegalArgumentException("a permanent UPN has twelve digits after its check letter: " + twelveDigits);
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelveDigits.charAt(i) - '0') * (i + 2);
        }
        return LETTERS.charAt(sum % 23);
    }

    private static boolean isTwelveDigits(String s) {
        if (s.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    public static boolean isValid(String upn) {
        return upn != null && upn.matches("[A-HJ-NP-RT-Z]\\d{12}") && upn.charAt(0) == checkLetter(upn.substring(1));
    }

    static String of(int laNumber, int establishment, int yearOfIssue, int serial) {
        String digits = Identifiers.zeroPadded(laNumber, 3) + Identifiers.zeroPadded(establishment, 4)
                + Identifiers.zeroPadded(yearOfIssue % 100, 2) + Identifiers.zeroPadded(serial, 3);
        return checkLetter(digits) + digits;
    }
}
