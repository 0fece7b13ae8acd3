package org.ourpromise.returns.rules.basics;

import java.util.Set;

/**
 * The DfE Unique Pupil Number: a check letter then 12 digits (permanent), or 11 digits and a letter
 * (temporary). The check letter is the sum of each of characters 2 to 13 times its position, modulo 23,
 * written A..Z without I, O and S; a temporary UPN's final letter counts as its place in that alphabet
 * (UK Government Data Standards Catalogue, Unique Pupil Number v2.0). UN1..UN5 say why it is unknown.
 */
final class UniquePupilNumber {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";
    private static final Set<String> UNKNOWN = Set.of("UN1", "UN2", "UN3", "UN4", "UN5");

    private UniquePupilNumber() {
    }

    /** A well-formed UPN with the right check letter, or one of the unknown-UPN codes. */
    static boolean isAcceptable(String upn) {
        return UNKNOWN.contains(upn) || isValid(upn);
    }

    static boolean isValid(String upn) {
        if (upn.length() != 13 || LETTERS.indexOf(upn.charAt(0)) < 0) {
            return false;
        }
        int sum = 0;
        for (int position = 2; position <= 13; position++) {
            char c = upn.charAt(position - 1);
            int value;
            if (c >= '0' && c <= '9') {
                value = c - '0';
            } else if (position == 13 && LETTERS.indexOf(c) >= 0) {
                value = LETTERS.indexOf(c);
            } else {
                return false;
            }
            sum += value * position;
        }
        return upn.charAt(0) == LETTERS.charAt(sum % 23);
    }
}
