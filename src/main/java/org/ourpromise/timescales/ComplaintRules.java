package org.ourpromise.timescales;

import org.ourpromise.timescales.Deadlines.Step;

/**
 * The three stages of the representations procedure (RPR 2006; DOMAIN.md §3.2 rows 32–36). These are
 * statutory, so not settings: stage 1 in 10 working days (20 extended), stage 2 in 25 (65 extended),
 * the panel within 30 working days of the request, its report within 5 of meeting, the council's
 * response within 15 of receiving the recommendations.
 */
final class ComplaintRules {

    static final int STAGE_1 = 10;
    static final int STAGE_1_EXTENDED = 20;
    static final int STAGE_2 = 25;
    static final int STAGE_2_EXTENDED = 65;
    static final int PANEL = 30;
    static final int PANEL_REPORT = 5;
    static final int RESPONSE = 15;

    private ComplaintRules() {
    }

    static void add(Complaint c, Deadlines out) {
        out.once("complaint received", c.received(), new Step(DeadlineRule.COMPLAINT_STAGE_1,
                out.workingDays(c.received(), c.stage1Extended() ? STAGE_1_EXTENDED : STAGE_1)),
                c.stage1Responded(), "stage 1 response sent");
        if (c.stage2Requested() != null) {
            out.once("stage 2 requested", c.stage2Requested(), new Step(DeadlineRule.COMPLAINT_STAGE_2,
                    out.workingDays(c.stage2Requested(), c.stage2Extended() ? STAGE_2_EXTENDED : STAGE_2)),
                    c.stage2Responded(), "stage 2 adjudication sent");
        }
        if (c.stage3Requested() != null) {
            out.once("review panel requested", c.stage3Requested(), new Step(DeadlineRule.COMPLAINT_STAGE_3_PANEL,
                    out.workingDays(c.stage3Requested(), PANEL)), c.panelHeld(), "review panel met");
        }
        if (c.panelHeld() != null) {
            out.once("review panel met", c.panelHeld(), new Step(DeadlineRule.COMPLAINT_STAGE_3_REPORT,
                    out.workingDays(c.panelHeld(), PANEL_REPORT)), c.panelReported(), "panel report sent");
        }
        if (c.panelReported() != null) {
            out.once("panel recommendations received", c.panelReported(),
                    new Step(DeadlineRule.COMPLAINT_STAGE_3_RESPONSE, out.workingDays(c.panelReported(), RESPONSE)),
                    c.authorityResponded(), "council's response sent");
        }
    }
}
