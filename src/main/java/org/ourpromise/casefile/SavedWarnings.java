package org.ourpromise.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ourpromise.record.ChildRecord;

/**
 * After an event is saved: each field of the form, what was entered, and what the SSDA903 rules now
 * say about that field for this child. Empty when no rule touches the form's fields.
 */
final class SavedWarnings {

    /** A form field shown back: its label, the value entered, and the warnings about it. */
    record Row(String label, String value, List<String> warnings) {
    }

    /** A form field, its label and the 903 columns it feeds. */
    private record Field(String name, String label, boolean date, List<String> columns) {
    }

    private static final Map<RecordingController.Form, List<Field>> FIELDS = Map.ofEntries(
            Map.entry(RecordingController.Form.PLACEMENT_CHANGE, List.of(
                    new Field("date", "Date of the move", true, List.of("DECOM", "DEC")),
                    new Field("placement", "New placement type", false, List.of("PLACE", "RNE")),
                    new Field("provider", "Placement provider", false, List.of("PLACE_PROVIDER")),
                    new Field("reason", "Reason for the change", false, List.of("REASON_PLACE_CHANGE")),
                    new Field("postcode", "Postcode of the placement", false, List.of("PL_POST")),
                    new Field("urn", "Ofsted URN", false, List.of("URN")))),
            Map.entry(RecordingController.Form.REVIEW, List.of(
                    new Field("date", "Date of the review", true, List.of("REVIEW")),
                    new Field("participation", "How the child took part", false, List.of("REVIEW_CODE")))),
            Map.entry(RecordingController.Form.HEALTH_ASSESSMENT, List.of(
                    new Field("date", "Date of the health assessment", true, List.of("HEALTH_ASSESSMENT")))),
            Map.entry(RecordingController.Form.MISSING_EPISODE, List.of(
                    new Field("type", "Kind of absence", false, List.of("MISSING")),
                    new Field("start", "Date they went missing", true, List.of("MIS_START")),
                    new Field("end", "Date they came back", true, List.of("MIS_END")))),
            Map.entry(RecordingController.Form.CARE_LEAVER_CONTACT, List.of(
                    new Field("inTouch", "Are you in touch?", false, List.of("IN_TOUCH")),
                    new Field("activity", "Main activity", false, List.of("ACTIV")),
                    new Field("accommodation", "Where they live", false, List.of("ACCOM")))),
            // plans and agreements about visits feed no column of the return
            Map.entry(RecordingController.Form.VISITS_PLAN, List.of()),
            // visits, plans and PEP meetings feed no column of the return either
            Map.entry(RecordingController.Form.VISIT, List.of()),
            Map.entry(RecordingController.Form.PLAN, List.of()),
            Map.entry(RecordingController.Form.PEP, List.of()),
            Map.entry(RecordingController.Form.MISSING_RETURN, List.of(
                    new Field("end", "Date they came back", true, List.of("MIS_END")))),
            // when the IRO's decisions and record were sent is not in the return
            Map.entry(RecordingController.Form.REVIEW_SENT, List.of()));

    private SavedWarnings() {
    }

    static List<Row> of(RecordingController.Form form, Map<String, String> params, ChildRecord child,
            LocalDate today) {
        var issues = ReturnChecks.forChild(child, today);
        var rows = new ArrayList<Row>();
        boolean any = false;
        for (var field : FIELDS.get(form)) {
            var warnings = issues.stream().filter(i -> i.columns().stream().anyMatch(field.columns()::contains))
                    .map(i -> i.message() + " (DfE rule " + i.rule() + ")").distinct().toList();
            any |= !warnings.isEmpty();
            rows.add(new Row(field.label(), value(field, params), warnings));
        }
        return any ? rows : List.of();
    }

    private static String value(Field field, Map<String, String> params) {
        if (field.date()) {
            String d = params.getOrDefault(field.name() + "-day", "");
            String m = params.getOrDefault(field.name() + "-month", "");
            String y = params.getOrDefault(field.name() + "-year", "");
            return d.isBlank() ? "" : d.strip() + "/" + m.strip() + "/" + y.strip();
        }
        return params.getOrDefault(field.name(), "").strip();
    }
}
