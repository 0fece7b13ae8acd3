package org.ourpromise.health;

import java.time.LocalDate;
import java.util.List;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.CaseFile;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.Outcome;
import org.ourpromise.casefile.RecordChecks;
import org.ourpromise.record.HealthEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A fact of the child's health: an assessment, referral, check, questionnaire or its absence, or substance misuse. */
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
        HealthEvent.Kind kind = HealthFacts.KINDS.containsKey(chosen) ? HealthEvent.Kind.valueOf(chosen) : null;
        if (kind == null) {
            in.error("kind", "Select what happened");
        }
        LocalDate date = in.date("date", "date it happened", true, caseFile.today());
        if (date != null && date.isBefore(child.dateOfBirth())) {
            in.error("date", "The date cannot be before the child was born");
        }
        int year = RecordChecks.codeYear(date, caseFile.today());
        String value = kind == null ? null : HealthFacts.value(in, child, kind, date, year);
        in.orderAsOnThePage("kind", "date", "assessment", "uptodate", "score", "reason");
        if (in.hasErrors()) {
            return Outcome.refused(in, child);
        }
        health.insert(childId, List.of(new HealthEvent(kind, date, value, false)));
        var changed = child.withHealth(health.events(childId).getOrDefault(childId, List.of()));
        return caseFile.recorded(changed, HealthCorrections.words(kind, date, value),
                new HealthEventRecorded(childId, kind, date));
    }
}
