package org.ourpromise.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ourpromise.casefile.RecordingForm.ReturnField;
import org.ourpromise.record.ChildRecord;

/**
 * After an event is saved: each field of the form that feeds the return, what was entered, and what the
 * SSDA903 rules now say about that field for this child. Empty when no rule touches the form's fields.
 */
final class SavedWarnings {

    /** A form field shown back: its label, the value entered, and the warnings about it. */
    record Row(String label, String value, List<String> warnings) {
    }

    private SavedWarnings() {
    }

    static List<Row> of(RecordingForm form, Map<String, String> params, ChildRecord child, LocalDate today) {
        if (form.checked().isEmpty()) {
            return List.of();
        }
        var issues = ReturnChecks.forChild(child, today);
        var rows = new ArrayList<Row>();
        boolean any = false;
        for (var field : form.checked()) {
            var warnings = issues.stream().filter(i -> i.columns().stream().anyMatch(field.columns()::contains))
                    .map(i -> i.message() + " (DfE rule " + i.rule() + ")").distinct().toList();
            any |= !warnings.isEmpty();
            rows.add(new Row(field.label(), value(field, params), warnings));
        }
        return any ? rows : List.of();
    }

    private static String value(ReturnField field, Map<String, String> params) {
        if (field.date()) {
            String d = params.getOrDefault(field.name() + "-day", "");
            String m = params.getOrDefault(field.name() + "-month", "");
            String y = params.getOrDefault(field.name() + "-year", "");
            return d.isBlank() ? "" : d.strip() + "/" + m.strip() + "/" + y.strip();
        }
        return params.getOrDefault(field.name(), "").strip();
    }
}
