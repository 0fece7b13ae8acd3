package org.ourpromise.casefile;

import java.util.Map;
import org.ourpromise.record.ChildRecord;

/**
 * What became of a submitted form: saved, with a summary of what was recorded, or refused, with the errors by
 * field. The record is the child's as it now stands (after the change when saved), for the page shown next, so
 * that page needs no second read.
 */
public record Outcome(Map<String, String> errors, String summary, ChildRecord child) {

    public boolean saved() {
        return errors.isEmpty();
    }

    /** Nothing saved: the form goes back with its errors. */
    public static Outcome refused(FormInput in, ChildRecord child) {
        return new Outcome(in.errors(), "", child);
    }
}
