package org.ourpromise.education;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A date's three form fields, for tests that fill forms. */
final class FormInputDates {

    private FormInputDates() {
    }

    static void put(Map<String, String> values, String name, @Nullable LocalDate date) {
        if (date != null) {
            values.put(name + "-day", String.valueOf(date.getDayOfMonth()));
            values.put(name + "-month", String.valueOf(date.getMonthValue()));
            values.put(name + "-year", String.valueOf(date.getYear()));
        }
    }
}
