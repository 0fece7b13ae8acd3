package org.ourpromise.returns.rules.basics;

import java.util.regex.Pattern;

/**
 * The shape of a UK postcode (outward code, optional space, inward code). DfE derives placement
 * distance, local authority and location from HOME_POST and PL_POST through the ONS Postcode
 * Directory (DOMAIN.md §1.5); Promise does not hold that directory, so the rules that depend on the
 * derived fields check the one thing the return can show: that a postcode is there and well formed.
 */
final class Postcode {

    private static final Pattern SHAPE =
            Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}");

    private Postcode() {
    }

    static boolean isWellFormed(String value) {
        return SHAPE.matcher(value).matches();
    }
}
