package org.ourpromise.care;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.CorrectableEvents;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.PlanWords;
import org.ourpromise.casefile.RecordChanged;
import org.ourpromise.casefile.RecordChecks;
import org.ourpromise.casefile.StoredEvent;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.PlanEvent;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.stereotype.Component;

/**
 * Plans, notifications and agreements as a correction sees them (decision 0125): the date can be corrected, with the
 * checks made when it was recorded (care leavers' plans from an age; the others while in care); the kind cannot (a
 * different kind is a different event: withdraw this one and record that).
 */
@Component
class PlanCorrections implements CorrectableEvents {

    private final CareEpisodeRepository care;

    PlanCorrections(CareEpisodeRepository care) {
        this.care = care;
    }

    @Override
    public String kind() {
        return "plan, notification or agreement";
    }

    @Override
    public String dateLabel() {
        return "Date it was done";
    }

    @Override
    public List<StoredEvent> stored(String childId) {
        return care.storedPlans(childId);
    }

    @Override
    public void check(FormInput in, ChildRecord child, StoredEvent event, LocalDate date, @Nullable LocalDate end,
            @Nullable String value) {
        var kind = PlanEvent.Kind.valueOf(event.type());
        boolean forCareLeavers = kind == PlanEvent.Kind.NEEDS_ASSESSMENT || kind == PlanEvent.Kind.PATHWAY_PLAN;
        int minimumAge = kind == PlanEvent.Kind.PATHWAY_PLAN ? 16 : 15;
        if (forCareLeavers && date.isBefore(child.dateOfBirth().plusYears(minimumAge))) {
            in.error("date", PlanWords.title(kind) + ": the young person must be " + minimumAge + " or over on that date");
        } else if (!forCareLeavers && !RecordChecks.inCareOn(child, date)) {
            in.error("date", "This child was not in care on that date");
        }
    }

    @Override
    public boolean correct(String childId, StoredEvent event, LocalDate date, @Nullable LocalDate end,
            @Nullable String value) {
        return care.correctPlan(childId, event.id(), event.version(), date);
    }

    @Override
    public boolean withdraw(String childId, StoredEvent event) {
        return care.withdrawPlan(childId, event.id(), event.version());
    }

    @Override
    public String words(StoredEvent event, LocalDate date, @Nullable LocalDate end, @Nullable String value) {
        return words(PlanEvent.Kind.valueOf(event.type()), date);
    }

    static String words(PlanEvent.Kind kind, LocalDate date) {
        return PlanWords.title(kind) + " on " + Ssda903Dates.format(date);
    }

    @Override
    public ChildRecord reread(ChildRecord child) {
        return child.withPlans(care.plans(child.childId()).getOrDefault(child.childId(), List.of()));
    }

    @Override
    public RecordChanged changed(String childId, StoredEvent event, LocalDate date) {
        return new PlanRecorded(childId, PlanEvent.Kind.valueOf(event.type()), date);
    }
}
