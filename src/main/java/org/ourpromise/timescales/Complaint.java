package org.ourpromise.timescales;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A complaint under the Children Act 1989 representations procedure (RPR 2006), by or about a child:
 * the dates each stage started and ended. Null dates have not happened (yet). An extension is the
 * council's decision to use the longer stage 1 (20) or stage 2 (65 working days) limit.
 *
 * @param stage1Responded      the stage 1 response sent
 * @param stage2Requested      the complainant asked for stage 2 (the clock starts here)
 * @param stage2Responded      the adjudication response sent
 * @param stage3Requested      the complainant asked for a review panel
 * @param panelHeld            the panel met
 * @param panelReported        the panel's report and recommendations were sent to the council
 * @param authorityResponded   the council's response to the recommendations
 */
public record Complaint(String reference, String childId, LocalDate received, boolean stage1Extended,
        @Nullable LocalDate stage1Responded, @Nullable LocalDate stage2Requested, boolean stage2Extended,
        @Nullable LocalDate stage2Responded, @Nullable LocalDate stage3Requested, @Nullable LocalDate panelHeld,
        @Nullable LocalDate panelReported, @Nullable LocalDate authorityResponded) {

    /** A complaint just received, nothing else yet. */
    public static Complaint received(String reference, String childId, LocalDate received) {
        return new Complaint(reference, childId, received, false, null, null, false, null, null, null, null, null);
    }
}
