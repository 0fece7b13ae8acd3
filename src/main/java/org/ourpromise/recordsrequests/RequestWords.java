package org.ourpromise.recordsrequests;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the register writes them: "28 February 2027". */
final class RequestWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private RequestWords() {
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }
}
