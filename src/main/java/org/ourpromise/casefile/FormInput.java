package org.ourpromise.casefile;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.returns.CodeList;

/**
 * A submitted form, read field by field: each getter checks one field, remembers a plain-English
 * error for it, and gives null when it is missing or wrong. Only fields a form asks for are read.
 * Public so other features' forms read dates and text the same way.
 */
public final class FormInput {

    private final Map<String, String> params;
    private final Map<String, String> errors = new LinkedHashMap<>();

    public FormInput(Map<String, String> params) {
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

    /**
     * Puts the errors in the order the form shows its fields (see {@link #inOrder}), when a field had to be read
     * before one above it (a code list chosen by a date further down).
     */
    public void orderAsOnThePage(String... fieldOrder) {
        var ordered = inOrder(errors, java.util.List.of(fieldOrder));
        errors.clear();
        errors.putAll(ordered);
    }

    /** A GOV.UK date input: fields {@code name-day}, {@code name-month}, {@code name-year}. */
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

    /** A code from the year's list; blank is an error only when required. */
    public @Nullable String code(String name, String label, CodeList list, int year, boolean required) {
        String v = raw(name).toUpperCase(java.util.Locale.ROOT);
        if (v.isEmpty()) {
            if (required) {
                error(name, "Select the " + label);
            }
            return null;
        }
        if (!list.isValid(v, year)) {
            error(name, "Select a " + label + " from the list for " + (year - 1) + " to " + year);
            return null;
        }
        return v;
    }

    /** A whole number from {@code min} to {@code max}; blank is an error only when required. */
    public @Nullable Integer whole(String name, String label, int min, int max, boolean required) {
        String v = raw(name);
        if (v.isEmpty()) {
            if (required) {
                error(name, "Enter the " + label);
            }
            return null;
        }
        if (v.matches("\\d{1,3}")) {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        }
        error(name, "Enter the " + label + " as a whole number from " + min + " to " + max);
        return null;
    }

    /** One of {@code allowed}, by its name; anything else is an error with {@code message}. */
    public <E extends Enum<E>> @Nullable E choice(String name, java.util.Collection<E> allowed, String message) {
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

    /** A UK postcode in the usual outward/inward shape; blank allowed. */
    public @Nullable String postcode(String name, String label) {
        String v = raw(name).toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        if (v.isEmpty()) {
            return null;
        }
        if (!v.matches("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}")) {
            error(name, "Enter a real postcode for the " + label + ", for example LE3 8RA");
            return null;
        }
        return v.contains(" ") ? v : v.substring(0, v.length() - 3) + " " + v.substring(v.length() - 3);
    }

    public @Nullable String text(String name, int max) {
        String v = raw(name);
        if (v.length() > max) {
            error(name, "Write " + max + " characters or fewer (you wrote " + v.length() + ")");
            return null;
        }
        return v.isEmpty() ? null : v;
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

    /**
     * Errors in the order the form shows its fields, for the error summary (GOV.UK: the summary lists problems
     * in the order they appear on the page). Fields not named keep their order, after the named ones.
     */
    public static Map<String, String> inOrder(Map<String, String> errors, java.util.List<String> fieldOrder) {
        var ordered = new LinkedHashMap<String, String>();
        for (var field : fieldOrder) {
            if (errors.containsKey(field)) {
                ordered.put(field, errors.get(field));
            }
        }
        errors.forEach(ordered::putIfAbsent);
        return ordered;
    }

    /** A date's three fields for the form's values. */
    public static void putDate(Map<String, String> values, String name, @Nullable LocalDate date) {
        if (date != null) {
            values.put(name + "-day", String.valueOf(date.getDayOfMonth()));
            values.put(name + "-month", String.valueOf(date.getMonthValue()));
            values.put(name + "-year", String.valueOf(date.getYear()));
        }
    }

    /** Values as typed, to put back in the form when it is shown again with errors. */
    public Map<String, String> values() {
        return params;
    }
}
