package org.ourpromise.iro;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.FormInput;

/**
 * Reads the form an IRO raises an alert with. A concern needs what is asked of the team and a response date on or
 * after the day it was raised (blank: the council's working days from raising); good practice needs neither.
 * Gives the alert, or the errors and nothing else.
 */
final class AlertForm {

    static final int TEXT_LIMIT = 2000;

    record Result(@Nullable NewAlert alert, Map<String, String> errors) {
    }

    private AlertForm() {
    }

    /**
     * @param earliest the first day it may be raised: the child's date of birth
     * @param teams    the teams it may be sent to
     */
    static Result read(Map<String, String> params, String childId, LocalDate earliest, LocalDate today,
            List<AlertCategory> categories, List<String> teams, QaAlerts alerts) {
        var in = new FormInput(params);
        var kind = in.choice("kind", List.of(AlertKind.values()), "Select whether the alert is for good practice or a concern");
        boolean formal = !in.yes("informal");
        var category = category(in, categories, kind);
        checkAddressee(in, teams);
        String team = in.raw("team");
        String worker = in.raw("worker");
        String seen = in.raw("seen");
        if (seen.isEmpty()) {
            in.error("seen", kind == AlertKind.GOOD_PRACTICE ? "Say what good practice you saw" : "Say what you saw that concerns you");
        }
        in.text("seen", TEXT_LIMIT);
        String asked = in.raw("asked");
        if (kind == AlertKind.CONCERN && asked.isEmpty()) {
            in.error("asked", "Say what you are asking the team to do");
        }
        in.text("asked", TEXT_LIMIT);
        var raised = in.date("raised", "date the alert was raised", true, today);
        if (raised != null && raised.isBefore(earliest)) {
            in.error("raised", "The date the alert was raised must be on or after the child's date of birth");
        }
        // the response date may be in the future: read it with no upper limit
        var due = in.date("responseDue", "date the response is due", false, LocalDate.MAX);
        if (due != null && kind == AlertKind.GOOD_PRACTICE) {
            in.error("responseDue", "Good practice alerts need no response: leave the response date blank");
        } else if (due != null && raised != null && due.isBefore(raised)) {
            in.error("responseDue", "The date the response is due must be on or after the date the alert was raised");
        }
        if (in.hasErrors()) {
            return new Result(null, in.errors());
        }
        if (kind == AlertKind.CONCERN && due == null) {
            due = alerts.defaultResponseDue(raised);
        }
        return new Result(new NewAlert(childId, kind, formal, category.id(), team, worker.isEmpty() ? null : worker, seen,
                asked.isEmpty() ? null : asked, raised, due), Map.of());
    }

    /** The team must be one of the council's; the worker, if given, a worker ID. */
    private static void checkAddressee(FormInput in, List<String> teams) {
        String team = in.raw("team");
        if (team.isEmpty()) {
            in.error("team", "Select the team the alert is for");
        } else if (!teams.contains(team)) {
            in.error("team", "Select a team from the list");
        }
        String worker = in.raw("worker");
        if (!worker.isEmpty() && !worker.matches("[A-Za-z0-9-]{1,40}")) {
            in.error("worker", "Select the social worker from the list");
        }
    }

    private static @Nullable AlertCategory category(FormInput in, List<AlertCategory> categories, @Nullable AlertKind kind) {
        String chosen = in.raw("category");
        if (chosen.isEmpty()) {
            in.error("category", "Select the category of the alert");
            return null;
        }
        var category = categories.stream().filter(c -> !c.retired() && String.valueOf(c.id()).equals(chosen)).findFirst();
        if (category.isEmpty()) {
            in.error("category", "Select a category from the list");
            return null;
        }
        if (kind != null && category.get().kind() != kind) {
            in.error("category", "\"" + category.get().name() + "\" is a category for "
                    + category.get().kind().words().toLowerCase(java.util.Locale.UK) + ": choose one for "
                    + kind.words().toLowerCase(java.util.Locale.UK));
            return null;
        }
        return category.get();
    }

    /** Category choices for the select, grouped by kind in the label. */
    static Map<String, String> categoryChoices(List<AlertCategory> categories) {
        var choices = new LinkedHashMap<String, String>();
        for (var c : categories) {
            if (!c.retired()) {
                choices.put(String.valueOf(c.id()), c.kind().words() + ": " + c.name());
            }
        }
        return choices;
    }
}
