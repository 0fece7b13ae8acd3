package org.ourpromise.casefile;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Correcting a room's dated event (its date, end date or value) or withdrawing it, with a reason, at the version the
 * user opened (decision 0125): the steps every kind shares, as statutory visits do them (decision 0085). A stale
 * correction is refused and shows what is saved now beside what was entered (decision 0095).
 */
@Service
public class EventCorrections {

    private final CaseFile caseFile;
    private final Corrections corrections;

    EventCorrections(CaseFile caseFile, Corrections corrections) {
        this.caseFile = caseFile;
        this.corrections = corrections;
    }

    /** One stored event of the child, by the id given on the page ({@code event} parameter). */
    @Transactional(readOnly = true)
    public Optional<StoredEvent> find(CorrectableEvents events, String childId, @Nullable String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        long eventId = Long.parseLong(id);
        return events.stored(childId).stream().filter(e -> e.id() == eventId).findFirst();
    }

    @Transactional
    public Outcome correct(PromiseUser user, String childId, FormInput in, CorrectableEvents events) {
        var child = caseFile.read(user, childId);
        var stored = find(events, childId, in.raw("event")).orElse(null);
        if (stored == null || !String.valueOf(stored.version()).equals(in.raw("version"))) {
            return changed(events, childId, in, child);
        }
        boolean withdraw = in.yes("withdraw");
        LocalDate today = caseFile.today();
        LocalDate date = stored.date();
        LocalDate end = stored.end();
        String value = stored.value();
        if (!withdraw) {
            date = in.date("date", lower(events.dateLabel()), true, today);
            String endLabel = events.endLabel();
            if (endLabel != null) {
                end = in.date("end", lower(endLabel), false, today);
            }
            if (events.valueLabel(stored) != null) {
                value = in.raw("value").isEmpty() ? null : in.raw("value");
            }
            if (date != null && date.isBefore(child.dateOfBirth())) {
                in.error("date", "The date cannot be before the child was born");
            } else if (date != null && !in.hasErrors()) {
                events.check(in, child, stored, date, end, value);
                if (!in.hasErrors() && date.equals(stored.date()) && Objects.equals(end, stored.end())
                        && Objects.equals(value, stored.value())) {
                    in.error("date", "Nothing has been changed: correct the " + events.kind() + " or withdraw it");
                }
            }
        }
        String reason = Corrections.reason(in);
        if (in.hasErrors() || date == null || reason == null) {
            return Outcome.refused(in, child);
        }
        boolean saved = withdraw ? events.withdraw(childId, stored) : events.correct(childId, stored, date, end, value);
        if (!saved) {
            return changed(events, childId, in, child);
        }
        ChildRecord changed = events.reread(child);
        return corrections.corrected(user, changed, events.kind(), String.valueOf(stored.id()), date, withdraw, reason,
                stored.words(), events.words(stored, date, end, value), events.changed(childId, stored, date));
    }

    /** Refused: the event changed after the page opened (shown as saved now beside the entries), or has gone. */
    private Outcome changed(CorrectableEvents events, String childId, FormInput in, ChildRecord child) {
        var now = find(events, childId, in.raw("event")).orElse(null);
        if (now == null) {
            in.error("event", "This " + events.kind() + " is no longer on the record: it may have been withdrawn."
                    + " Go back to the record and choose it again");
            return Outcome.refused(in, child);
        }
        var stale = new StaleEdit(now.version())
                .compare(events.dateLabel(), Ssda903Dates.format(now.date()), StaleEdit.enteredDate(in, "date"));
        String endLabel = events.endLabel();
        if (endLabel != null) {
            stale.compare(endLabel, now.end() == null ? "" : Ssda903Dates.format(now.end()),
                    StaleEdit.enteredDate(in, "end"));
        }
        String valueLabel = events.valueLabel(now);
        if (valueLabel != null) {
            stale.compare(valueLabel, now.value() == null ? "" : now.value(), in.raw("value"));
        }
        stale.compare("Withdrawn", "No", in.yes("withdraw") ? "Yes" : "No");
        return Outcome.stale(in, child, stale, "event");
    }

    private static String lower(String label) {
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
