package org.ourpromise.timescales;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.MissingEpisode;
import org.ourpromise.timescales.Deadlines.Step;

/**
 * Return home interviews (DOMAIN.md §3.2 row 31): offered after every missing or away episode and held
 * within 72 hours of the return. An interview offered and declined meets the duty on the day it was
 * offered; one declined with no offer date recorded does not.
 */
final class MissingRules {

    private MissingRules() {
    }

    static void add(CareHistory history, Deadlines out) {
        int days = out.settings.returnInterviewDays();
        for (var m : history.child.missing()) {
            if (m.ended() == null || m.ended().isAfter(out.asAt)) {
                continue;
            }
            var met = metOn(m);
            out.once(m.type().equals("A") ? "returned from being away" : "returned from missing", m.ended(),
                    new Step(DeadlineRule.RETURN_INTERVIEW, m.ended().plusDays(days)), met,
                    m.interviewHeld() != null ? "return interview held" : "return interview offered and declined");
        }
    }

    private static @Nullable LocalDate metOn(MissingEpisode m) {
        if (m.interviewHeld() != null) {
            return m.interviewHeld();
        }
        return m.interviewDeclined() ? m.interviewOffered() : null;
    }
}
