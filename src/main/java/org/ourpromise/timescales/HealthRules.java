package org.ourpromise.timescales;

import java.time.LocalDate;
import org.ourpromise.record.HealthEvent;
import org.ourpromise.timescales.Deadlines.Step;
import org.ourpromise.timescales.Deadlines.Window;

/**
 * Health of a looked-after child (DOMAIN.md §3.2 rows 13–17), per standard period of care: the IHA
 * referral (local 48 hours), the initial health assessment before the first review, then review health
 * assessments every 6 months under 5 and every 12 months from 5, the dental check every 12 months, and
 * the SDQ every 12 months for ages 4 to 16. Short-break arrangements carry none of these.
 */
final class HealthRules {

    private HealthRules() {
    }

    static void add(CareHistory history, Deadlines out) {
        var dob = history.child.dateOfBirth();
        for (var period : history.periods) {
            var from = period.startUpEvidenceFrom();
            out.once("became looked after", period.start(),
                    new Step(DeadlineRule.IHA_REFERRAL,
                            out.workingDays(period.start(), out.settings.ihaReferralWorkingDays())),
                    history.health(HealthEvent.Kind.HEALTH_ASSESSMENT_REFERRAL), Window.closing(from, period.end()));
            var firstReview = ReviewSchedule.forPeriodOfCare(period.start(), out.calendar).firstDue();
            out.chain("became looked after", period.start(), new Step(DeadlineRule.IHA, firstReview),
                    history.health(HealthEvent.Kind.HEALTH_ASSESSMENT), Window.closing(from, period.end()),
                    (done, last) -> Birthdays.age(dob, last) < 5
                            ? new Step(DeadlineRule.RHA_UNDER_5, last.plusMonths(6))
                            : new Step(DeadlineRule.RHA_5_PLUS, last.plusMonths(12)));
            out.chain("became looked after", period.start(), new Step(DeadlineRule.DENTAL, period.start().plusMonths(12)),
                    history.health(HealthEvent.Kind.DENTAL_CHECK), Window.closing(period.start(), period.end()),
                    (done, last) -> new Step(DeadlineRule.DENTAL, last.plusMonths(12)));
            sdq(history, period, out);
        }
    }

    /** Annual SDQ from the later of the period's start and the 4th birthday, while due before the 17th. */
    private static void sdq(CareHistory history, PeriodOfCare period, Deadlines out) {
        var fourth = history.birthday(4);
        var seventeenth = history.birthday(17);
        boolean fromBirthday = fourth.isAfter(period.start());
        LocalDate start = fromBirthday ? fourth : period.start();
        if (period.end() != null && !start.isBefore(period.end())) {
            return;
        }
        var first = start.plusMonths(12);
        if (!first.isBefore(seventeenth)) {
            return;
        }
        out.chain(fromBirthday ? "4th birthday" : "became looked after", start, new Step(DeadlineRule.SDQ, first),
                history.health(HealthEvent.Kind.SDQ_SCORE), Window.closing(start, period.end()),
                (done, last) -> last.plusMonths(12).isBefore(seventeenth)
                        ? new Step(DeadlineRule.SDQ, last.plusMonths(12)) : null);
    }
}
