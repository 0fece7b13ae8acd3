package org.ourpromise.timescales;

/**
 * The local targets and local choices the deadline rules use (DOMAIN.md §3.2). Statutory timescales
 * (20 working days to the first review, reg 28 visit intervals, complaint stages) are fixed in the
 * rules; what a council sets for itself, or what DOMAIN.md marks UNCONFIRMED, is here.
 *
 * @param ihaReferralWorkingDays       referral for the initial health assessment (local "48 hours")
 * @param iroDecisionsWorkingDays      IRO decisions sent out after a review (local target, §3.2 row 11)
 * @param reviewRecordWorkingDays      full review record sent out (local target, §3.2 row 12)
 * @param returnInterviewHours         return home interview after a missing episode (guidance: 72 hours);
 *                                     records carry dates only, so this is rounded up to whole days
 * @param carePlanWorkingDays          care plan after the first placement of a period (reg 4(2))
 * @param placementNotificationWorkingDays notification of a placement made in an emergency (reg 13)
 * @param pepWorkingDays               PEP initiated after becoming looked after (local, §3.2 row 18)
 * @param pepReviewMonths              PEP reviewed at least this often (6 = before each statutory review;
 *                                     termly practice would be 4)
 * @param pepFromAge                   PEPs from this age (compulsory school age approximated by birthdays)
 * @param pepUntilAge                  no PEP due on or after this birthday
 * @param dueSoonWorkingDays           horizon in which an item not yet done shows as due soon
 * @param sameCarerMovesRestartVisits  whether an RNE T or U episode (new placement, same carer) starts a
 *                                     new placement for reg 28 visits and reg 13 notification (§3.2: UNCONFIRMED)
 * @param shortBreakFirstReviewMonths  reg 48 short breaks: first review after the first break (UNCONFIRMED)
 * @param shortBreakReviewMonths       reg 48 short breaks: later reviews (UNCONFIRMED)
 * @param shortBreakLapseMonths        a short-break arrangement lapses this long after its last break
 *                                     (a local reading of reg 48's 12-month frame; UNCONFIRMED)
 * @param pathwayPlanUntilAge          pathway plan reviews are due until this birthday (s23C: 21)
 * @param personalAdviserUntilAge      PA contact is due until this birthday (21; 21-25 only on request)
 * @param iroMidwayChecks              whether the IRO service checks each child's plan halfway between reviews
 *                                     (local practice, on by default; a council that does not can turn it off)
 * @param iroUnplannedMoveReviews      whether the IRO holds a review within 28 days of an unplanned placement move
 *                                     (the seed council's local practice, decision 0035; on by default)
 */
public record TimescaleSettings(
        int ihaReferralWorkingDays,
        int iroDecisionsWorkingDays,
        int reviewRecordWorkingDays,
        int returnInterviewHours,
        int carePlanWorkingDays,
        int placementNotificationWorkingDays,
        int pepWorkingDays,
        int pepReviewMonths,
        int pepFromAge,
        int pepUntilAge,
        int dueSoonWorkingDays,
        boolean sameCarerMovesRestartVisits,
        int shortBreakFirstReviewMonths,
        int shortBreakReviewMonths,
        int shortBreakLapseMonths,
        int pathwayPlanUntilAge,
        int personalAdviserUntilAge,
        boolean iroMidwayChecks,
        boolean iroUnplannedMoveReviews) {

    /** The settings as they were before the unplanned-move review: that local practice on. */
    public TimescaleSettings(int ihaReferralWorkingDays, int iroDecisionsWorkingDays, int reviewRecordWorkingDays,
            int returnInterviewHours, int carePlanWorkingDays, int placementNotificationWorkingDays, int pepWorkingDays,
            int pepReviewMonths, int pepFromAge, int pepUntilAge, int dueSoonWorkingDays,
            boolean sameCarerMovesRestartVisits, int shortBreakFirstReviewMonths, int shortBreakReviewMonths,
            int shortBreakLapseMonths, int pathwayPlanUntilAge, int personalAdviserUntilAge, boolean iroMidwayChecks) {
        this(ihaReferralWorkingDays, iroDecisionsWorkingDays, reviewRecordWorkingDays, returnInterviewHours,
                carePlanWorkingDays, placementNotificationWorkingDays, pepWorkingDays, pepReviewMonths, pepFromAge,
                pepUntilAge, dueSoonWorkingDays, sameCarerMovesRestartVisits, shortBreakFirstReviewMonths,
                shortBreakReviewMonths, shortBreakLapseMonths, pathwayPlanUntilAge, personalAdviserUntilAge,
                iroMidwayChecks, true);
    }

    public TimescaleSettings {
        int[] all = {ihaReferralWorkingDays, iroDecisionsWorkingDays, reviewRecordWorkingDays, returnInterviewHours,
            carePlanWorkingDays, placementNotificationWorkingDays, pepWorkingDays, pepReviewMonths, pepFromAge,
            pepUntilAge, dueSoonWorkingDays, shortBreakFirstReviewMonths, shortBreakReviewMonths,
            shortBreakLapseMonths, pathwayPlanUntilAge, personalAdviserUntilAge};
        for (int v : all) {
            if (v < 0) {
                throw new IllegalArgumentException("timescale settings must not be negative: " + v);
            }
        }
        if (pepReviewMonths == 0 || shortBreakReviewMonths == 0) {
            throw new IllegalArgumentException("repeating intervals must be at least one month");
        }
    }

    /** The defaults of DOMAIN.md §3.2 and the brief: 48 hours, 5 and 20 working days, 72 hours, ... */
    public static TimescaleSettings defaults() {
        return new TimescaleSettings(2, 5, 20, 72, 10, 5, 10, 6, 5, 16, 5, false, 3, 6, 12, 21, 21, true, true);
    }

    /** Calendar days allowed for the return interview: hours rounded up to whole days. */
    public int returnInterviewDays() {
        return (returnInterviewHours + 23) / 24;
    }
}
