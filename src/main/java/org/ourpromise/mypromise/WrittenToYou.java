package org.ourpromise.mypromise;

import java.time.LocalDate;
import java.util.List;

/**
 * The parts of a young person's plans, reviews and visits their workers wrote to them. The room that records those
 * parts implements this as a bean (it is being built on another branch); until one exists, My Promise shows the
 * dates of the plans and reviews and says the rest will follow. Nothing else is read from those records.
 */
public interface WrittenToYou {

    /** The parts written to this young person, newest first. */
    List<Part> partsFor(String childId);

    /** One part: what it belongs to, its date, and the words written to the young person. */
    record Part(Kind kind, LocalDate date, String text) {
    }

    enum Kind {
        CARE_PLAN, PATHWAY_PLAN, REVIEW, VISIT
    }
}
