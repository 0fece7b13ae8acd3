package org.ourpromise.health;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.CorrectableEvents;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.HealthWords;
import org.ourpromise.casefile.RecordChanged;
import org.ourpromise.casefile.RecordChecks;
import org.ourpromise.casefile.StoredEvent;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.HealthEvent;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.stereotype.Component;

/**
 * Health events as a correction sees them (decision 0125): the date of any of them, and the score of a strengths
 * and difficulties questionnaire, can be corrected; the kind cannot (a different kind is a different event: withdraw
 * this one and record that). The same checks as when recorded.
 */
@Component
class HealthCorrections implements CorrectableEvents {

    private final HealthEventRepository health;

    HealthCorrections(HealthEventRepository health) {
        this.health = health;
    }

    @Override
    public String kind() {
        return "health event";
    }

    @Override
    public String dateLabel() {
        return "Date it happened";
    }

    @Override
    public @Nullable String valueLabel(StoredEvent event) {
        return event.type().equals(HealthEvent.Kind.SDQ_SCORE.name()) ? "Total difficulties score (0 to 40)" : null;
    }

    @Override
    public List<StoredEvent> stored(String childId) {
        return health.stored(childId);
    }

    @Override
    public void check(FormInput in, ChildRecord child, StoredEvent event, LocalDate date, @Nullable LocalDate end,
            @Nullable String value) {
        if (valueLabel(event) != null) {
            // a whole number from 0 to 40, as the form asks for it
            in.whole("value", "total difficulties score", 0, 40, true);
        }
        if (event.type().equals(HealthEvent.Kind.HEALTH_ASSESSMENT_REFERRAL.name()) && !RecordChecks.inCareOn(child, date)) {
            in.error("date", "This child was not in care on that date, so no referral for an initial assessment was due");
        }
    }

    @Override
    public boolean correct(String childId, StoredEvent event, LocalDate date, @Nullable LocalDate end,
            @Nullable String value) {
        // only a score is corrected here: an up-to-date status, a reason or IHA/RHA stays as recorded
        return health.correct(childId, event.id(), event.version(), date, valueLabel(event) == null ? event.value() : value);
    }

    @Override
    public boolean withdraw(String childId, StoredEvent event) {
        return health.withdraw(childId, event.id(), event.version());
    }

    @Override
    public String words(StoredEvent event, LocalDate date, @Nullable LocalDate end, @Nullable String value) {
        return words(HealthEvent.Kind.valueOf(event.type()), date, value);
    }

    static String words(HealthEvent.Kind kind, LocalDate date, @Nullable String value) {
        var e = new HealthEvent(kind, date, value, false);
        String detail = HealthWords.detail(e);
        return HealthWords.title(e).toLowerCase(java.util.Locale.ROOT) + " on " + Ssda903Dates.format(date)
                + (detail.isEmpty() ? "" : ", " + detail.toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public ChildRecord reread(ChildRecord child) {
        return child.withHealth(health.events(child.childId()).getOrDefault(child.childId(), List.of()));
    }

    @Override
    public RecordChanged changed(String childId, StoredEvent event, LocalDate date) {
        return new HealthEventRecorded(childId, HealthEvent.Kind.valueOf(event.type()), date);
    }
}
