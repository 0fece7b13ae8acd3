package org.ourpromise.casefile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.PromiseUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The two pages of a correction of a room's dated events (decision 0125): the child's events of that kind, newest
 * first, to choose one; then the correction form, a recording form ({@link RecordingPages}) with one template for
 * every kind ({@code fragments/correction}).
 */
@Component
public class CorrectionPages {

    private final RecordingPages pages;
    private final CaseFile caseFile;
    private final EventCorrections corrections;

    CorrectionPages(RecordingPages pages, CaseFile caseFile, EventCorrections corrections) {
        this.pages = pages;
        this.caseFile = caseFile;
        this.corrections = corrections;
    }

    /** The form a room declares for correcting its events: {@code /children/{id}/record/<path>}. */
    public static RecordingForm form(String path, String title) {
        return new RecordingForm(path, title, "fragments/correction", List.of());
    }

    /** The list to choose from when no event is given, else the form for that event (audited either way). */
    public String show(PromiseUser user, String childId, RecordingForm form, CorrectableEvents events,
            @Nullable String event, Model model) {
        if (event == null) {
            var child = caseFile.open(user, ChildRecordController.checked(childId),
                    "opened the list of events to correct: " + form.title());
            List<StoredEvent> stored = new ArrayList<>(events.stored(childId));
            Collections.reverse(stored);
            model.addAttribute("child", child);
            model.addAttribute("facts", CurrentFacts.of(child, caseFile.today()));
            model.addAttribute("title", form.title());
            model.addAttribute("form", form.path());
            model.addAttribute("kind", events.kind());
            model.addAttribute("events", stored);
            return "fragments/corrections";
        }
        return pages.show(user, childId, form, null, null, model, (m, child, year) -> {
            // after the access check: an event that is not this child's is not found
            var stored = corrections.find(events, childId, event).orElseThrow(() -> new ChildNotFoundException(childId));
            labels(m, events, stored);
            m.addAttribute("values", valuesOf(stored));
        });
    }

    public String submit(PromiseUser user, String childId, RecordingForm form, CorrectableEvents events,
            Map<String, String> params, Model model) {
        return pages.submit(user, childId, form, params, model,
                (u, id, in) -> corrections.correct(u, id, in, events),
                (m, child, year) -> labels(m, events, corrections.find(events, childId, params.get("event")).orElse(null)));
    }

    private static void labels(Model model, CorrectableEvents events, @Nullable StoredEvent stored) {
        model.addAttribute("event", stored);
        model.addAttribute("kind", events.kind());
        model.addAttribute("dateLabel", events.dateLabel());
        model.addAttribute("endLabel", events.endLabel());
        model.addAttribute("valueLabel", stored == null ? null : events.valueLabel(stored));
    }

    private static Map<String, String> valuesOf(StoredEvent stored) {
        var values = new HashMap<String, String>();
        values.put("event", String.valueOf(stored.id()));
        values.put("version", String.valueOf(stored.version()));
        date(values, "date", stored.date());
        if (stored.end() != null) {
            date(values, "end", stored.end());
        }
        values.put("value", stored.value() == null ? "" : stored.value());
        return values;
    }

    private static void date(Map<String, String> values, String name, java.time.LocalDate date) {
        values.put(name + "-day", String.valueOf(date.getDayOfMonth()));
        values.put(name + "-month", String.valueOf(date.getMonthValue()));
        values.put(name + "-year", String.valueOf(date.getYear()));
    }
}
