package org.ourpromise.leavers;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.CorrectableEvents;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.RecordChanged;
import org.ourpromise.casefile.StoredEvent;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.returns.CodeList;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.stereotype.Component;

/**
 * Care leaver contacts as a correction sees them (decision 0125): the date can be corrected, with the check made when
 * it was recorded (from the 16th birthday); what was found (in touch, activity, accommodation) is a different
 * contact: withdraw this one and record that.
 */
@Component
class CareLeaverContactCorrections implements CorrectableEvents {

    private final CareLeaverContactRepository contacts;

    CareLeaverContactCorrections(CareLeaverContactRepository contacts) {
        this.contacts = contacts;
    }

    @Override
    public String kind() {
        return "care leaver contact";
    }

    @Override
    public String dateLabel() {
        return "Date of the contact";
    }

    @Override
    public List<StoredEvent> stored(String childId) {
        return contacts.stored(childId);
    }

    @Override
    public void check(FormInput in, ChildRecord child, StoredEvent event, LocalDate date, @Nullable LocalDate end,
            @Nullable String value) {
        if (date.isBefore(child.dateOfBirth().plusYears(16))) {
            in.error("date", "Care leaver contacts are recorded from the young person's 16th birthday");
        }
    }

    @Override
    public boolean correct(String childId, StoredEvent event, LocalDate date, @Nullable LocalDate end,
            @Nullable String value) {
        return contacts.correct(childId, event.id(), event.version(), date);
    }

    @Override
    public boolean withdraw(String childId, StoredEvent event) {
        return contacts.withdraw(childId, event.id(), event.version());
    }

    @Override
    public String words(StoredEvent event, LocalDate date, @Nullable LocalDate end, @Nullable String value) {
        // the rest of the contact is unchanged: its words after the date are the stored ones
        String rest = event.words().substring(event.words().indexOf(',') < 0 ? event.words().length()
                : event.words().indexOf(','));
        return "contact on " + Ssda903Dates.format(date) + rest;
    }

    static String words(LocalDate date, String inTouch, boolean pathwayPlanReviewed) {
        String touch = switch (inTouch) {
            case "YES" -> "in touch";
            case "NO" -> "not in touch";
            default -> CodeList.IN_TOUCH.label(inTouch, Ssda903Dates.collectionYearOf(date)).toLowerCase(Locale.ROOT);
        };
        return "contact on " + Ssda903Dates.format(date) + ", " + touch
                + (pathwayPlanReviewed ? ", pathway plan reviewed" : "");
    }

    @Override
    public ChildRecord reread(ChildRecord child) {
        return child.withCareLeaverContacts(contacts.contacts(child.childId()).getOrDefault(child.childId(), List.of()));
    }

    @Override
    public RecordChanged changed(String childId, StoredEvent event, LocalDate date) {
        return new CareLeaverContactRecorded(childId, date);
    }
}
