package org.ourpromise.record;

/**
 * NHS numbers: 10 digits, the last a modulus 11 check digit over the first nine with weights 10
 * down to 2; a check value of 10 means the number is invalid, 11 means a check digit of 0.
 */
public final class NhsNumber {

    private NhsNumber() {
    }

    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        String digits = text.replace(" ", "");
        if (!digits.matches("\\d{10}")) {
            return false;
        }
        int check = checkDigit(digits.substring(0, 9));
        return check >= 0 && check == digits.charAt(9) - '0';
    }

    /** The check digit for nine digits, or -1 when no check digit makes them valid. */
    public static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            return 0;
        }
        return check == 10 ? -1 : check;
    }

    /** Written as 3-3-4 digits, as the NHS prints it. */
    public static String format(String text) {
        String d = text.replace(" ", "");
        return d.substring(0, 3) + " " + d.substring(3, 6) + " " + d.substring(6);
    }
}
