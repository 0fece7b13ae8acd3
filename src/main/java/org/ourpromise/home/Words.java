package org.ourpromise.home;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and counts as the home page writes them: "3 October 2026", "1 day", "4 days". */
final class Words {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Words() {
    }

    static String date(LocalDate d) {
        return DATE.format(d);
    }

    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
