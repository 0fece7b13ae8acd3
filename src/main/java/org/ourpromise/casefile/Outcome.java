package org.ourpromise.casefile;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.ChildRecord;

/**
 * What became of a submitted form: saved, with a summary of what was recorded, or refused, with the errors by
 * field. The record is the child's as it now stands (after the change when saved), for the page shown next, so
 * that page needs no second read. A save refused because someone else saved first carries the {@link StaleEdit}:
 * the form page shows what is saved now beside what was entered, at the version saved now.
 */
public record Outcome(Map<String, String> errors, String summary, ChildRecord child, @Nullable StaleEdit stale) {

    public Outcome(Map<String, String> errors, String summary, ChildRecord child) {
        this(errors, summary, child, null);
    }

    public boolean saved() {
        return errors.isEmpty();
    }

    /** Nothing saved: the form goes back with its errors. */
    public static Outcome refused(FormInput in, ChildRecord child) {
        return new Outcome(in.errors(), "", child);
    }

    /** Nothing saved because someone else saved first: the message is put against {@code field}. */
    public static Outcome stale(FormInput in, ChildRecord child, StaleEdit stale, String field) {
        in.errors().put(field, StaleEdit.MESSAGE);
        return new Outcome(in.errors(), "", child, stale);
    }
}
