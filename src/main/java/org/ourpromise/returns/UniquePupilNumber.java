package org.ourpromise.returns;

/**
 * The DfE Unique Pupil Number (UPN, Header field; DfE rule 168): a check letter then 12 characters,
 * all digits for a permanent UPN or 11 digits and a letter for a temporary one (a 3-digit LA number,
 * a 4-digit establishment number, the 2-digit year of issue and a 3-digit serial). The check letter
 * is the sum of each of characters 2 to 13 times its position, modulo 23, written with the alphabet
 * less I, O and S; a temporary UPN's final letter counts as its place in that alphabet (govtalk data
 * standard UniquePupilNumber 2.0). One definition for the rules that check UPNs and the demo council
 * that issues them.
 */
public final class UniquePupilNumber {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private UniquePupilNumber() {
    }

    /** The check letter for the twelve characters after it. */
    public static char checkLetter(String twelve) {
        int sum = weightedSum(twelve);
        if (sum < 0) {
            throw new IllegalArgumentException("a UPN has 12 digits (or 11 digits and a letter) after its check letter: "
                    + twelve);
        }
        return LETTERS.charAt(sum % 23);
    }

    /** A well-formed permanent or temporary UPN with the right check letter. */
    public static boolean isValid(String upn) {
        if (upn == null || upn.length() != 13 || LETTERS.indexOf(upn.charAt(0)) < 0) {
            return false;
        }
        int sum = weightedSum(upn.substring(1));
        return sum >= 0 && upn.charAt(0) == LETTERS.charAt(sum % 23);
    }

    /** A permanent UPN from its parts: check letter, LA, establishment, year of issue, serial. */
    public static String permanent(int laNumber, int establishment, int yearOfIssue, int serial) {
        String digits = String.format("%03d%04d%02d%03d", laNumber, establishment, yearOfIssue % 100, serial);
        return checkLetter(digits) + digits;
    }

    /** Sum of each character times its position in the UPN (2 to 13), or -1 when one is not allowed. */
    private static int weightedSum(String twelve) {
        if (twelve.length() != 12) {
            return -1;
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = twelve.charAt(i);
            int value;
            if (c >= '0' && c <= '9') {
                value = c - '0';
            } else if (i == 11 && LETTERS.indexOf(c) >= 0) {
                value = LETTERS.indexOf(c);
            } else {
                return -1;
            }
            sum += value * (i + 2);
        }
        return sum;
    }
}
