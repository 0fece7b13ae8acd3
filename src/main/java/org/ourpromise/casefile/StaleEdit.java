package org.ourpromise.casefile;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;

/**
 * A save from a page opened before someone else saved the same thing (its version has moved on): nothing is saved.
 * The page shows, field by field, what is saved now beside what this user entered, keeps their entries in the form
 * and carries the version saved now, so saving again applies their edit knowingly. Every form with a version uses
 * this one piece and the {@code fragments/stale :: changes} table.
 *
 * <p>Versions: a stored row's {@code version} column, or {@link #NONE} when the page saw nothing saved yet;
 * {@link #versionOf} reads the posted hidden field.
 */
public final class StaleEdit {

    /** The version a page posts when nothing was saved when it was opened. */
    public static final int NONE = -1;

    /** Posted text that is not a version: it matches no stored row, so the save is refused as stale. */
    public static final int UNREADABLE = Integer.MIN_VALUE;

    /** The message by the field the form's error summary links to. */
    public static final String MESSAGE = "Someone else saved this after you opened it, so your changes were not saved."
            + " Check what is saved now, then save again to apply your changes";

    /** One difference, in words. */
    public record Change(String what, String savedNow, String yours) {
    }

    private final int version;
    private final List<Change> changes = new ArrayList<>();

    /** @param versionNow the version saved now ({@link #NONE} when what the page showed has since been removed) */
    public StaleEdit(int versionNow) {
        this.version = versionNow;
    }

    /** The hidden {@code version} field: blank is {@link #NONE}; anything but a whole number is {@link #UNREADABLE}. */
    public static int versionOf(@Nullable String posted) {
        if (posted == null || posted.isBlank()) {
            return NONE;
        }
        try {
            int v = Integer.parseInt(posted.strip());
            return v < NONE ? UNREADABLE : v;
        } catch (NumberFormatException e) {
            return UNREADABLE;
        }
    }

    /** Adds the field to the table when what is saved now and what the user entered differ (blank is "Not given"). */
    public StaleEdit compare(String what, @Nullable String savedNow, @Nullable String yours) {
        String s = savedNow == null ? "" : savedNow.strip();
        String y = yours == null ? "" : yours.strip();
        if (!s.equals(y)) {
            changes.add(new Change(what, s.isEmpty() ? "Not given" : s, y.isEmpty() ? "Not given" : y));
        }
        return this;
    }

    /** A GOV.UK date input as entered ({@code name-day}, ...), in the words of a saved date when it is a real one. */
    public static String enteredDate(FormInput in, String name) {
        String d = in.raw(name + "-day");
        String m = in.raw(name + "-month");
        String y = in.raw(name + "-year");
        try {
            if (y.matches("\\d{4}") && d.matches("\\d{1,2}") && m.matches("\\d{1,2}")) {
                return org.ourpromise.returns.Ssda903Dates.format(
                        java.time.LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
            }
        } catch (java.time.DateTimeException e) {
            // not a real date: shown as typed
        }
        return (d + " " + m + " " + y).strip();
    }

    public List<Change> changes() {
        return List.copyOf(changes);
    }

    /** The version the form posts next: the one saved now. */
    public int version() {
        return version;
    }

    /**
     * Puts the refusal on the page: {@code stale} (this, for the changes table), {@code version} (saved now, for
     * the hidden field), and the message against {@code field} in the caller's errors.
     */
    public void show(Model model, java.util.Map<String, String> errors, String field) {
        errors.put(field, MESSAGE);
        model.addAttribute("stale", this);
        model.addAttribute("version", version);
    }
}
