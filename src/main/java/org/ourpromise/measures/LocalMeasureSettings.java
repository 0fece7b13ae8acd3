package org.ourpromise.measures;

import java.math.BigDecimal;
import org.ourpromise.timescales.TimescaleSettings;

/**
 * What the local measures are computed with: the council's timescale settings (the same the worklists and
 * the timeliness page use, so the figures agree) and the IRO caseload choices.
 *
 * @param timescales             the local targets of the deadline rules (48 hours, 72 hours, PEP intervals, ...)
 * @param lookedAfterWeight      weight of a looked-after child in an IRO's weighted caseload (a council's
 *                               choice: one council weights a looked-after child 1.5 against a child
 *                               protection case, for the review record the IRO writes)
 * @param otherCaseWeight        weight of any other child allocated to the IRO (short breaks only, or care
 *                               ended with the allocation still open)
 * @param caseloadLow            lower end of the IRO Handbook's recommended range (50 looked-after children
 *                               per full-time IRO)
 * @param caseloadHigh           upper end of that range (70)
 * @param bandOnWeightedCaseload place IROs in the range by weighted caseload instead of by the number of
 *                               looked-after children (the handbook's own unit, the default)
 */
public record LocalMeasureSettings(TimescaleSettings timescales, BigDecimal lookedAfterWeight,
        BigDecimal otherCaseWeight, int caseloadLow, int caseloadHigh, boolean bandOnWeightedCaseload) {

    public LocalMeasureSettings {
        if (lookedAfterWeight.signum() < 0 || otherCaseWeight.signum() < 0) {
            throw new IllegalArgumentException("caseload weights must not be negative");
        }
        if (caseloadLow < 0 || caseloadHigh < caseloadLow) {
            throw new IllegalArgumentException("the caseload range must run from a number to one at least as large: "
                    + caseloadLow + " to " + caseloadHigh);
        }
    }

    /** The handbook range 50 to 70, a looked-after child weighted 1.5 and any other child 1. */
    public static LocalMeasureSettings defaults(TimescaleSettings timescales) {
        return new LocalMeasureSettings(timescales, new BigDecimal("1.5"), BigDecimal.ONE, 50, 70, false);
    }

    public static LocalMeasureSettings defaults() {
        return defaults(TimescaleSettings.defaults());
    }
}
