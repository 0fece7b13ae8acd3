package org.ourpromise.iro;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.StaleEdit;

/**
 * A step on an alert refused because someone else changed the alert first: for each thing the user entered, what is
 * saved now beside it ({@link StaleEdit}), at the alert's version now.
 */
final class AlertChanges {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private AlertChanges() {
    }

    static StaleEdit between(QaAlert now, Map<String, String> posted) {
        var changes = new StaleEdit(now.version());
        if (posted.containsKey("response")) {
            changes.compare("Response", lastDetail(now, "Response"), posted.get("response"));
        }
        if (posted.containsKey("note")) {
            changes.compare("Note on accepting", lastDetail(now, "Accepted and closed"), posted.get("note"));
        }
        var stage = now.currentStage();
        if (posted.containsKey("owner")) {
            changes.compare("Who owns the stage", stage.map(QaAlert.Stage::owner).orElse(""), posted.get("owner"));
        }
        if (posted.containsKey("stageResponse")) {
            changes.compare("Response at this stage", stage.map(QaAlert.Stage::response).orElse(""),
                    posted.get("stageResponse"));
        }
        if (posted.containsKey("referred-year")) {
            changes.compare("Referred to Cafcass on", day(now.cafcassReferred()), posted.get("referred-day") + " "
                    + posted.get("referred-month") + " " + posted.get("referred-year"));
            changes.compare("Cafcass outcome", now.cafcassOutcome(), posted.get("cafcassOutcome"));
        }
        return changes;
    }

    private static String lastDetail(QaAlert alert, String step) {
        String detail = "";
        for (var s : alert.steps()) {
            if (s.step().equals(step)) {
                detail = s.detail() == null ? "" : s.detail();
            }
        }
        return detail;
    }

    private static String day(@Nullable LocalDate date) {
        return date == null ? "" : date.format(DAY);
    }
}
