package org.ourpromise.voice;

import java.time.LocalDate;
import java.util.List;

/**
 * The council's measure of the ledger: of the items whose time to answer has run out or that were answered, how
 * many were told back to the young people within the time the council sets, and how many of those changed
 * something. An open item still inside its time is not counted either way: it is not late yet.
 *
 * @param days            the time the council sets, in calendar days from the day an item was raised
 * @param counted         items answered, or open past their time
 * @param answeredInTime  told back on or before the day it was due
 * @param changedInTime   of those, the ones where something changed
 */
public record LedgerMeasure(int days, int counted, int answeredInTime, int changedInTime) {

    static LedgerMeasure of(List<Said> items, LocalDate today, int days) {
        int counted = 0;
        int answered = 0;
        int changed = 0;
        for (var i : items) {
            var due = i.due(days);
            boolean answeredAtAll = !i.open() && i.toldBackOn() != null;
            if (!answeredAtAll && !due.isBefore(today)) {
                continue;
            }
            counted++;
            if (answeredAtAll && !i.toldBackOn().isAfter(due)) {
                answered++;
                if (i.status() == Said.Status.CHANGED) {
                    changed++;
                }
            }
        }
        return new LedgerMeasure(days, counted, answered, changed);
    }

    /** Whole per cent, rounded half up; blank when nothing is counted yet. */
    public String percentChanged() {
        return counted == 0 ? "" : Math.round(100.0 * changedInTime / counted) + "%";
    }

    public String percentAnswered() {
        return counted == 0 ? "" : Math.round(100.0 * answeredInTime / counted) + "%";
    }
}
