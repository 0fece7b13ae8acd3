package org.ourpromise.measures.local;

import java.util.ArrayList;
import java.util.List;
import org.ourpromise.measures.MeasureValue;

/**
 * Deadlines of one kind in one period, or in one category of a breakdown: done on time, done (on time or late)
 * and outstanding, each with the children behind it (a child once per item; the values list each child once).
 */
final class ItemTally {

    private long onTime;
    private long done;
    private long outstanding;
    private final List<String> onTimeChildren = new ArrayList<>();
    private final List<String> doneChildren = new ArrayList<>();
    private final List<String> lateChildren = new ArrayList<>();
    private final List<String> outstandingChildren = new ArrayList<>();

    void add(String child, boolean isOnTime, boolean isLate, boolean isOutstanding) {
        if (isOnTime) {
            onTime++;
            addOnce(onTimeChildren, child);
        }
        if (isOnTime || isLate) {
            done++;
            addOnce(doneChildren, child);
        }
        if (isLate) {
            addOnce(lateChildren, child);
        }
        if (isOutstanding) {
            outstanding++;
            addOnce(outstandingChildren, child);
        }
    }

    /**
     * A child's items come together, so a repeat is always the last entry: skipping it keeps the lists short, and
     * sorted when the records are, which spares {@link MeasureValue} a sort of hundreds of thousands of ids.
     */
    static void addOnce(List<String> children, String child) {
        if (children.isEmpty() || !children.get(children.size() - 1).equals(child)) {
            children.add(child);
        }
    }

    MeasureValue onTimePercentage() {
        return MeasureValue.percentage(onTime, done, onTimeChildren, doneChildren);
    }

    MeasureValue outstanding() {
        return MeasureValue.count(outstanding, outstandingChildren);
    }

    /** Children with at least one item done late in the period. */
    List<String> late() {
        return MeasureValue.countOf(lateChildren).numeratorChildren();
    }
}
