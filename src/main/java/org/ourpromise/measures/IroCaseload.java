package org.ourpromise.measures;

import java.math.BigDecimal;
import java.util.List;

/**
 * One independent reviewing officer's caseload on a date: the children allocated to them that day (one worker
 * id is taken to be one full-time IRO), split into looked-after children and other cases, the weighted caseload,
 * and where it falls against the IRO Handbook's range.
 *
 * @param workerId            the IRO's worker id on the record
 * @param lookedAfterChildren children allocated and looked after that day (short breaks apart), sorted
 * @param otherChildren       children allocated but not looked after that day, sorted
 * @param weighted            looked-after children times their weight plus other cases times theirs
 * @param band                below, within or above the range, by the measure the settings choose
 */
public record IroCaseload(String workerId, List<String> lookedAfterChildren, List<String> otherChildren,
        BigDecimal weighted, Band band) {

    /** Where a caseload falls against the range (both ends inside it: 50 and 70 are within 50 to 70). */
    public enum Band {
        BELOW, WITHIN, ABOVE;

        public static Band of(BigDecimal caseload, int low, int high) {
            if (caseload.compareTo(BigDecimal.valueOf(low)) < 0) {
                return BELOW;
            }
            return caseload.compareTo(BigDecimal.valueOf(high)) > 0 ? ABOVE : WITHIN;
        }
    }

    public IroCaseload {
        lookedAfterChildren = List.copyOf(lookedAfterChildren);
        otherChildren = List.copyOf(otherChildren);
    }

    public int lookedAfter() {
        return lookedAfterChildren.size();
    }

    public int otherCases() {
        return otherChildren.size();
    }
}
