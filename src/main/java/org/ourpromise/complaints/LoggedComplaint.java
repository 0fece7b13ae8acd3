package org.ourpromise.complaints;

import java.time.LocalDateTime;
import java.util.List;
import org.ourpromise.timescales.Complaint;
import org.ourpromise.timescales.DueItem;

/**
 * A complaint as the register holds it: its stages, what it is about in a sentence, whose it is, who
 * last changed it and when, and its stage deadlines as at the day it was read.
 */
public record LoggedComplaint(Complaint complaint, String summary, MadeBy madeBy, String childName, String recordedBy,
        LocalDateTime updatedAt, List<DueItem> deadlines) {

    /** Who made the complaint (a council reports those made by children in care themselves). */
    public enum MadeBy {
        CHILD("The child or young person"),
        ADVOCATE("The child, through an advocate"),
        PARENT("A parent or someone with parental responsibility"),
        CARER("A carer"),
        OTHER("Someone else"),
        UNKNOWN("Not recorded");

        private final String words;

        MadeBy(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public LoggedComplaint {
        deadlines = List.copyOf(deadlines);
    }

    public String reference() {
        return complaint.reference();
    }

    public String childId() {
        return complaint.childId();
    }

    /** Answered: the last stage it reached has its answer, so nothing is due unless the complainant asks for the next. */
    public boolean closed() {
        return deadlines.stream().allMatch(d -> d.status().isDone());
    }

    /** The stage it is at, in words. */
    public String stage() {
        var c = complaint;
        if (c.stage3Requested() != null) {
            return c.authorityResponded() != null ? "Answered at stage 3" : "Stage 3: review panel";
        }
        if (c.stage2Requested() != null) {
            return c.stage2Responded() != null ? "Answered at stage 2" : "Stage 2: investigation";
        }
        return c.stage1Responded() != null ? "Answered at stage 1" : "Stage 1: local resolution";
    }
}
