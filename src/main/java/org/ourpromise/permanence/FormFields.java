package org.ourpromise.permanence;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A submitted form, read as {@code casefile.FormInput} reads one (the same messages), for the permanence forms:
 * casefile depends on this room, so this room cannot use casefile's reader until the form reader moves out of
 * it (the house branch moves recording into the rooms).
 */
final class FormFields {

    private final Map<String, String> params;
    private final Map<String, String> errors = new LinkedHashMap<>();

    FormFields(Map<String, String> params) {
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
            if (y.length() != 4) {
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

    public @Nullable String text(String name, int max) {
        String v = raw(name);
        if (v.length() > max) {
            error(name, "Write " + max + " characters or fewer");
            return null;
        }
        return v.isEmpty() ? null : v;
    }

    /** Values as typed, to put back in the form when it is shown again with errors. */
    public Map<String, String> values() {
        return params;
    }
}
