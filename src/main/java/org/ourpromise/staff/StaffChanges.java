package org.ourpromise.staff;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A staff record saved from a stale page: what is saved now beside what the user entered, field by field, in the shape
 * the {@code fragments/stale :: changes} table reads. It mirrors {@code casefile.StaleEdit}, which this room cannot use
 * (the case file names workers through the staff directory, so depending back on it would be a cycle).
 */
final class StaffChanges {

    /** Said against the form's first field, in the same words as every other stale save. */
    static final String MESSAGE = "Someone else saved this after you opened it, so your changes were not saved."
            + " Check what is saved now, then save again to apply your changes";

    /** One difference, in words. */
    record Change(String what, String savedNow, String yours) {
    }

    private final int version;
    private final List<Change> changes = new ArrayList<>();

    StaffChanges(int versionNow) {
        this.version = versionNow;
    }

    /** Adds the field when what is saved now and what the user entered differ (blank is "Not given"). */
    StaffChanges compare(String what, @Nullable String savedNow, @Nullable String yours) {
        String s = savedNow == null ? "" : savedNow.strip();
        String y = yours == null ? "" : yours.strip();
        if (!s.equals(y)) {
            changes.add(new Change(what, s.isEmpty() ? "Not given" : s, y.isEmpty() ? "Not given" : y));
        }
        return this;
    }

    public List<Change> changes() {
        return List.copyOf(changes);
    }

    public int version() {
        return version;
    }
}
