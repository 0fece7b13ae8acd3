package org.ourpromise.health;

import java.time.LocalDate;
import java.util.List;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.CaseFile;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.HealthWords;
import org.ourpromise.casefile.Outcome;
import org.ourpromise.casefile.RecordChecks;
import org.ourpromise.record.HealthEvent;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A health assessment, a referral for one, a dental check or a strengths and difficulties score. */
@Service
class HealthRecording {

    private final CaseFile caseFile;
    private final HealthEventRepository health;

    HealthRecording(CaseFile caseFile, HealthEventRepository health) {
        this.caseFile = caseFile;
        this.health = health;
    }

    @Transactional
    public Outcome record(PromiseUser user, String childId, FormInput in) {
        var child = caseFile.read(user, childId);
        // a form without a choice is the assessment itself (the form's first and usual choice)
        String chosen = in.raw("kind").isEmpty() ? HealthEvent.Kind.HEALTH_ASSESSMENT.name() : in.raw("kind");
        HealthEvent.Kind kind = HealthWords.ON_THE_FORM.containsKey(chosen) ? HealthEvent.Kind.valueOf(chosen) : null;
        if (kind == null) {
            in.error("kind", "Select what happened");
        }
        LocalDate date = in.date("date", "date it happened", true, caseFile.today());
        if (date != null && date.isBefore(child.dateOfBirth())) {
            in.error("date", "The date cannot be before the child was born");
        }
        String score = null;
        if (kind == HealthEvent.Kind.SDQ_SCORE) {
            Integer n = in.whole("score", "total difficulties score", 0, 40, true);
            score = n == null ? null : String.valueOf(n);
        } else if (!in.raw("score").isEmpty()) {
            in.error("score", "Leave the score blank: it is only for a strengths and difficulties questionnaire");
        }
        if (kind == HealthEvent.Kind.HEALTH_ASSESSMENT_REFERRAL && date != null && !RecordChecks.inCareOn(child, date)) {
            in.error("date", "This child was not in care on that date, so no referral for an initial assessment was due");
        }
        if (in.hasErrors()) {
            return Outcome.refused(in, child);
        }
        health.insert(childId, List.of(new HealthEvent(kind, date, score, false)));
        var changed = child.withHealth(health.events(childId).getOrDefault(childId, List.of()));
        return caseFile.recorded(changed, HealthWords.ON_THE_FORM.get(kind.name()) + " on " + Ssda903Dates.format(date),
                new HealthEventRecorded(childId, kind, date));
    }
}
