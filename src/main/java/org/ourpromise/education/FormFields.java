package org.ourpromise.education;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A submitted education or health form, read field by field with a plain-English error per field. (casefile's
 * FormInput does the same for the recording forms, but casefile depends on this module, so this module cannot use
 * it; the house branch moves recording here, when the two can become one.)
 */
public final class FormFields {

    private final Map<String, String> params;
    private final Map<String, String> errors = new LinkedHashMap<>();

    public FormFields(Map<String, String> params) {
        this.params = params;
    }

    public String raw(String name) {
        var v = params.get(name);
        return v == null ? "" : v.strip();
    }

    public Map<String, String> errors() {
        return errors;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public void error(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    /** A GOV.UK date input ({@code name-day}, {@code name-month}, {@code name-year}) not after {@code today}. */
    public @Nullable LocalDate date(String name, String label, boolean required, LocalDate today) {
        String d = raw(name + "-day");
        String m = raw(name + "-month");
        String y = raw(name + "-year");
        if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            if (required) {
                error(name, "Enter the " + label);
            }
            return null;
        }
        if (d.isEmpty() || m.isEmpty() || y.isEmpty()) {
            error(name, "The " + label + " must include a day, month and year");
            return null;
        }
        try {
            if (!y.matches("\\d{4}") || !d.matches("\\d{1,2}") || !m.matches("\\d{1,2}")) {
                throw new NumberFormatException();
            }
            var date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
            if (date.isAfter(today)) {
                error(name, "The " + label + " must be today or in the past");
                return null;
            }
            return date;
        } catch (NumberFormatException | DateTimeException e) {
            error(name, "The " + label + " must be a real date, for example 27 3 2026");
            return null;
        }
    }

    /** One of {@code allowed} by name, or an error with {@code message}. */
    public <E extends Enum<E>> @Nullable E choice(String name, Collection<E> allowed, String message) {
        for (var e : allowed) {
            if (e.name().equals(raw(name))) {
                return e;
            }
        }
        error(name, message);
        return null;
    }

    public boolean yes(String name) {
        return raw(name).equals("yes");
    }

    /** Text of at most {@code max} characters; blank gives null (an error when required). */
    public @Nullable String text(String name, String label, int max, boolean required) {
        String v = raw(name);
        if (v.isEmpty()) {
            if (required) {
                error(name, "Enter the " + label);
            }
            return null;
        }
        if (v.length() > max) {
            error(name, "The " + label + " must be " + max + " characters or fewer");
            return null;
        }
        return v;
    }

    /** The version the form was opened at (hidden field); -1 when missing or not a number. */
    public int version() {
        String v = raw("version");
        return v.matches("\\d{1,9}") ? Integer.parseInt(v) : -1;
    }

    /** A date's three fields for the form's values. */
    public static void putDate(Map<String, String> values, String name, @Nullable LocalDate date) {
        if (date != null) {
            values.put(name + "-day", String.valueOf(date.getDayOfMonth()));
            values.put(name + "-month", String.valueOf(date.getMonthValue()));
            values.put(name + "-year", String.valueOf(date.getYear()));
        }
    }
}
