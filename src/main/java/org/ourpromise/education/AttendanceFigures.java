package org.ourpromise.education;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

/**
 * Attendance for a group of children (a school, the Virtual School's cohort) from each child's sessions: the
 * overall rate is all sessions attended over all possible sessions (so a child with more possible sessions weighs
 * more, as in the DfE's figures), and persistent absence counts children, not sessions.
 *
 * @param byChild each child's sessions; children with no possible sessions are not counted
 */
public record AttendanceFigures(Sessions total, int children, int persistentlyAbsent, Map<String, Sessions> byChild) {

    public static AttendanceFigures of(Map<String, Sessions> byChild) {
        var total = Sessions.NONE;
        int children = 0;
        int absent = 0;
        var kept = new TreeMap<String, Sessions>();
        for (var e : byChild.entrySet()) {
            var s = e.getValue();
            if (s.possible() == 0) {
                continue;
            }
            kept.put(e.getKey(), s);
            total = total.plus(s);
            children++;
            absent += s.persistentlyAbsent() ? 1 : 0;
        }
        return new AttendanceFigures(total, children, absent, kept);
    }

    /** The share of children persistently absent, as a percentage to one decimal place; null with no children. */
    public @org.jspecify.annotations.Nullable BigDecimal persistentAbsencePercent() {
        if (children == 0) {
            return null;
        }
        return BigDecimal.valueOf(persistentlyAbsent * 100L).divide(BigDecimal.valueOf(children), 1,
                RoundingMode.HALF_UP);
    }
}
