package org.ourpromise.timescales;

import org.ourpromise.timescales.Deadlines.Step;
import org.ourpromise.timescales.Deadlines.Window;

/**
 * Personal education plans (DOMAIN.md §3.2 row 18), per standard period of care, for children from
 * {@link TimescaleSettings#pepFromAge()} until {@link TimescaleSettings#pepUntilAge()} (compulsory
 * school age approximated by birthdays: UNCONFIRMED): initiated within the local number of working days
 * of becoming looked after (or of reaching the starting age in care), then reviewed at the local
 * interval from the last PEP meeting.
 */
final class EducationRules {

    private EducationRules() {
    }

    static void add(CareHistory history, Deadlines out) {
        var s = out.settings;
        var from = history.birthday(s.pepFromAge());
        var until = history.birthday(s.pepUntilAge());
        for (var period : history.periods) {
            boolean fromBirthday = from.isAfter(period.start());
            var start = fromBirthday ? from : period.start();
            if (!start.isBefore(until) || (period.end() != null && !start.isBefore(period.end()))) {
                continue;
            }
            out.chain(fromBirthday ? "reached school age in care" : "became looked after", start,
                    new Step(DeadlineRule.PEP_INITIAL, out.workingDays(start, s.pepWorkingDays())), history.peps,
                    Window.closing(start, period.end()),
                    (done, last) -> last.plusMonths(s.pepReviewMonths()).isBefore(until)
                            ? new Step(DeadlineRule.PEP_REVIEW, last.plusMonths(s.pepReviewMonths())) : null);
        }
    }
}
