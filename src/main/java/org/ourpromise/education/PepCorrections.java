package org.ourpromise.education;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.CorrectableEvents;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.RecordChanged;
import org.ourpromise.casefile.RecordChecks;
import org.ourpromise.casefile.StoredEvent;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.stereotype.Component;

/**
 * Personal education plan meetings as a correction sees them (decision 0125): the date can be corrected, with the
 * checks made when it was recorded (in care that day; PEPs are for children from 3 to 17).
 */
@Component
class PepCorrections implements CorrectableEvents {

    private final EducationEventRepository education;

    PepCorrections(EducationEventRepository education) {
        this.education = education;
    }

    @Override
    public String kind() {
        return "personal education plan meeting";
    }

    @Override
    public String dateLabel() {
        return "Date of the meeting";
    }

    @Override
    public List<StoredEvent> stored(String childId) {
        return education.storedPeps(childId);
    }

    @Override
    public void check(FormInput in, ChildRecord child, StoredEvent event, LocalDate date, @Nullable LocalDate end,
            @Nullable String value) {
        if (!RecordChecks.inCareOn(child, date)) {
            in.error("date", "This child was not in care on that date");
        } else if (date.isBefore(child.dateOfBirth().plusYears(3)) || !date.isBefore(child.dateOfBirth().plusYears(18))) {
            in.error("date", "Personal education plans are for children from 3 to 17");
        }
    }

    @Override
    public boolean correct(String childId, StoredEvent event, LocalDate date, @Nullable LocalDate end,
            @Nullable String value) {
        return education.correctPep(childId, event.id(), event.version(), date);
    }

    @Override
    public boolean withdraw(String childId, StoredEvent event) {
        return education.withdrawPep(childId, event.id(), event.version());
    }

    @Override
    public String words(StoredEvent event, LocalDate date, @Nullable LocalDate end, @Nullable String value) {
        return words(date);
    }

    static String words(LocalDate date) {
        return "personal education plan meeting on " + Ssda903Dates.format(date);
    }

    @Override
    public ChildRecord reread(ChildRecord child) {
        return child.withEducation(education.events(child.childId()).getOrDefault(child.childId(), List.of()));
    }

    @Override
    public RecordChanged changed(String childId, StoredEvent event, LocalDate date) {
        return new PepMeetingRecorded(childId, date);
    }
}
