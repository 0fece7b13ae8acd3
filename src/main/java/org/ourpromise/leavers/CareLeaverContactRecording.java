package org.ourpromise.leavers;

import java.time.LocalDate;
import java.util.List;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.CaseFile;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.Outcome;
import org.ourpromise.casefile.RecordChecks;
import org.ourpromise.record.CareLeaverContact;
import org.ourpromise.returns.CodeList;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A contact with a care leaver: in touch, main activity and accommodation, from their 16th birthday. */
@Service
class CareLeaverContactRecording {

    private final CaseFile caseFile;
    private final CareLeaverContactRepository leavers;

    CareLeaverContactRecording(CaseFile caseFile, CareLeaverContactRepository leavers) {
        this.caseFile = caseFile;
        this.leavers = leavers;
    }

    @Transactional
    public Outcome record(PromiseUser user, String childId, FormInput in) {
        var child = caseFile.read(user, childId);
        var today = caseFile.today();
        LocalDate date = in.date("date", "date of the contact", true, today);
        int year = RecordChecks.codeYear(date, today);
        if (in.raw("inTouch").isEmpty()) {
            in.error("inTouch", "Select whether the council is in touch with the young person");
        }
        String inTouch = in.code("inTouch", "answer to whether the council is in touch", CodeList.IN_TOUCH, year, false);
        var method = in.raw("method").isEmpty() && !"YES".equals(inTouch) ? null
                : in.choice("method", List.of(ContactMethod.values()), "Select how the contact was made");
        String activity = in.code("activity", "main activity", CodeList.ACTIV, year, true);
        String letter = in.raw("accommodation").isEmpty() ? null
                : in.code("accommodation", "type of accommodation", CodeList.ACCOM_LETTER, year, false);
        String suitable = in.raw("suitable");
        if ("YES".equals(inTouch) && letter == null && !in.errors().containsKey("accommodation")) {
            in.error("accommodation", "Select the type of accommodation");
        }
        if (letter != null && !suitable.equals("1") && !suitable.equals("2")) {
            in.error("suitable", "Select whether the accommodation is suitable");
        }
        String note = in.text("note", 500);
        if (date != null && date.isBefore(child.dateOfBirth().plusYears(16))) {
            in.error("date", "Care leaver contacts are recorded from the young person's 16th birthday");
        }
        if (in.hasErrors()) {
            return Outcome.refused(in, child);
        }
        String accommodation = letter == null ? "0" : letter + suitable;
        leavers.insert(childId, new CareLeaverContact(date, inTouch, activity, accommodation,
                in.yes("pathwayPlanReviewed"), false, note), method);
        var changed = child.withCareLeaverContacts(leavers.contacts(childId).getOrDefault(childId, List.of()));
        return caseFile.recorded(changed, "Contact on " + Ssda903Dates.format(date),
                new CareLeaverContactRecorded(childId, date));
    }
}
