package org.ourpromise.returns.rules.reviews;

import java.util.Locale;

/** Postcodes compared as DfE derives locations from them: case and spacing do not matter. */
final class Postcodes {

    private Postcodes() {
    }

    static String normalise(String postcode) {
        return postcode.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    static boolean same(String a, String b) {
        return normalise(a).equals(normalise(b));
    }
}
