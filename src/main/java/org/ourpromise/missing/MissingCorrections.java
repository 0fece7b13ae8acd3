package org.ourpromise.missing;

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
 * Missing and away episodes as a correction sees them (decision 0125): the day the child went and the day they came
 * back can be corrected, with the checks made when they were recorded (in care when they went; back after they went,
 * and before a return interview held).
 */
@Component
class MissingCorrections implements CorrectableEvents {

    private final MissingEpisodeRepository missing;

    MissingCorrections(MissingEpisodeRepository missing) {
        this.missing = missing;
    }

    @Override
    public String kind() {
        return "missing or away episode";
    }

    @Override
    public String dateLabel() {
        return "Date they went missing";
    }

    @Override
    public String endLabel() {
        return "Date they came back";
    }

    @Override
    public List<StoredEvent> stored(String childId) {
        return missing.stored(childId);
    }

    @Override
    public void check(FormInput in, ChildRecord child, StoredEvent event, LocalDate date, @Nullable LocalDate end,
            @Nullable String value) {
        if (!RecordChecks.inCareOn(child, date)) {
            in.error("date", "This child was not in care on that date");
        }
        if (end != null && end.isBefore(date)) {
            in.error("end", "The date they came back cannot be before the date they went missing");
        }
        var held = child.missing().stream()
                .filter(m -> m.started().equals(event.date()) && m.type().equals(event.type()))
                .map(m -> m.interviewHeld()).filter(h -> h != null).findFirst().orElse(null);
        if (held != null && (end == null || held.isBefore(end))) {
            in.error("end", "A return interview was held on " + Ssda903Dates.format(held)
                    + ", so they came back on or before that day");
        }
    }

    @Override
    public boolean correct(String childId, StoredEvent event, LocalDate date, @Nullable LocalDate end,
            @Nullable String value) {
        return missing.correct(childId, event.id(), event.version(), date, end);
    }

    @Override
    public boolean withdraw(String childId, StoredEvent event) {
        return missing.withdraw(childId, event.id(), event.version());
    }

    @Override
    public String words(StoredEvent event, LocalDate date, @Nullable LocalDate end, @Nullable String value) {
        return words(event.type(), date, end);
    }

    static String words(String type, LocalDate started, @Nullable LocalDate ended) {
        return (type.equals("M") ? "missing" : "away") + " from " + Ssda903Dates.format(started)
                + (ended == null ? ", not back yet" : " to " + Ssda903Dates.format(ended));
    }

    @Override
    public ChildRecord reread(ChildRecord child) {
        return child.withMissing(missing.episodes(child.childId()).getOrDefault(child.childId(), List.of()));
    }

    @Override
    public RecordChanged changed(String childId, StoredEvent event, LocalDate date) {
        return new MissingEpisodeRecorded(childId, date);
    }
}
