package org.ourpromise.education;

import java.time.LocalDate;
import java.util.List;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.CaseFile;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.Outcome;
import org.ourpromise.casefile.RecordChecks;
import org.ourpromise.record.EducationEvent;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A personal education plan meeting held (PEPs from 3 to 17, as the education rules read them). */
@Service
class PepRecording {

    private final CaseFile caseFile;
    private final EducationEventRepository education;

    PepRecording(CaseFile caseFile, EducationEventRepository education) {
        this.caseFile = caseFile;
        this.education = education;
    }

    @Transactional
    public Outcome record(PromiseUser user, String childId, FormInput in) {
        var child = caseFile.read(user, childId);
        LocalDate date = in.date("date", "date of the meeting", true, caseFile.today());
        if (date != null && !RecordChecks.inCareOn(child, date)) {
            in.error("date", "This child was not in care on that date");
        } else if (date != null && (date.isBefore(child.dateOfBirth().plusYears(3))
                || !date.isBefore(child.dateOfBirth().plusYears(18)))) {
            in.error("date", "Personal education plans are for children from 3 to 17");
        }
        if (in.hasErrors()) {
            return Outcome.refused(in, child);
        }
        education.insert(childId, List.of(new EducationEvent(EducationEvent.Kind.PEP_MEETING, date, null)));
        var changed = child.withEducation(education.events(childId).getOrDefault(childId, List.of()));
        return caseFile.recorded(changed, "Personal education plan meeting on " + Ssda903Dates.format(date),
                new PepMeetingRecorded(childId, date));
    }
}
