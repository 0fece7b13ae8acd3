package org.ourpromise.health;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ourpromise.casefile.HealthWords;
import org.ourpromise.health.HealthServices.Referral;
import org.ourpromise.health.HealthServices.Registration;
import org.ourpromise.health.HealthServices.Service;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.HealthEvent;
import org.ourpromise.record.HealthEvent.Kind;
import org.ourpromise.returns.Ssda903Dates;

/**
 * Pure: the health summary a young person leaving care is given, made from their record: who they are registered
 * with, their latest assessment, checks, immunisations and questionnaire, substance misuse support and their
 * mental-health referrals, in words written to them.
 */
final class HealthSummaryContent {

    /** One line of the summary. */
    record Line(String heading, String text) {
    }

    private HealthSummaryContent() {
    }

    static List<Line> of(ChildRecord child, List<Registration> registrations, List<Referral> referrals) {
        var lines = new ArrayList<Line>();
        lines.add(new Line("Date of birth", Ssda903Dates.format(child.dateOfBirth())));
        for (var s : Service.values()) {
            Registration latest = null;
            for (var r : registrations) {
                if (r.service() == s) {
                    latest = r;
                }
            }
            lines.add(new Line(s.words(), latest == null ? "Not known: ask your nurse or personal adviser"
                    : (latest.registered() ? "Registered" + (latest.practice() == null ? "" : " with " + latest.practice())
                            : "Not registered") + " (checked " + Ssda903Dates.format(latest.checkedOn()) + ")"));
        }
        latest(child, Kind.HEALTH_ASSESSMENT, "Your last health assessment", lines);
        latest(child, Kind.DENTAL_CHECK, "Your last dental check", lines);
        latest(child, Kind.IMMUNISATION_STATUS, "Your immunisations", lines);
        latest(child, Kind.SDQ_SCORE, "Your last strengths and difficulties questionnaire", lines);
        latest(child, Kind.SUBSTANCE_INTERVENTION_RECEIVED, "Support with drugs or alcohol", lines);
        for (var r : referrals) {
            lines.add(new Line("Referred to " + r.serviceWords(), "On " + Ssda903Dates.format(r.referredOn())
                    + (r.firstSeenOn() == null ? "; not seen yet" : "; first seen on " + Ssda903Dates.format(r.firstSeenOn()))));
        }
        return lines;
    }

    private static void latest(ChildRecord child, Kind kind, String heading, List<Line> lines) {
        HealthEvent latest = null;
        for (var h : child.health()) {
            if (h.kind() == kind && (latest == null || !h.date().isBefore(latest.date()))) {
                latest = h;
            }
        }
        if (latest != null) {
            String detail = HealthWords.detail(latest);
            lines.add(new Line(heading, Ssda903Dates.format(latest.date()) + (detail.isEmpty() ? "" : ": " + detail)));
        } else if (kind != Kind.SUBSTANCE_INTERVENTION_RECEIVED) {
            lines.add(new Line(heading, "None recorded"));
        }
    }
}
