package org.ourpromise.returns.rules.support;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Postcodes as the rules read them. DfE looks them up in the ONS Postcode Directory (DOMAIN.md §1.5);
 * without it, a postcode is "valid" when it has the shape of a UK postcode: outward code (area,
 * district), one optional space, inward code (sector, unit), in any case, or the Girobank GIR 0AA.
 * UNCONFIRMED against the directory: a well-formed postcode that does not exist passes.
 */
public final class Postcodes {

    private static final Pattern UK_POSTCODE =
            Pattern.compile("GIR ?0AA|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}", Pattern.CASE_INSENSITIVE);

    private Postcodes() {
    }

    public static boolean isWellFormed(String text) {
        return UK_POSTCODE.matcher(text.strip()).matches();
    }

    /** A postcode as DfE compares it: without spaces, in upper case ("le1 1aa" is "LE11AA"). */
    public static String normalise(String postcode) {
        return postcode.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    public static boolean same(String a, String b) {
        return normalise(a).equals(normalise(b));
    }
}
