package org.ourpromise.education;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.FormInput;

/** Reads the form for a time not in education: since when, until when (if it has ended), and why. */
final class NotInEducationForm {

    record Result(@Nullable NotInEducation spell, Map<String, String> errors) {
    }

    private NotInEducationForm() {
    }

    static Result read(Map<String, String> params, long id, String childId, LocalDate born, LocalDate today) {
        var in = new FormInput(params);
        var since = in.date("since", "date the child stopped being in education", true, today);
        var until = in.date("until", "date the child started education again", false, today);
        if (since != null && since.isBefore(born.plusYears(4))) {
            // compulsory school age starts the term after the fifth birthday; before four no place is expected
            in.error("since", "A child is not missing education before their fourth birthday");
        }
        if (since != null && until != null && !until.isAfter(since)) {
            in.error("until", "The date the child started education again must be after the date they stopped");
        }
        var reason = in.choice("reason", EnumSet.allOf(NotInEducation.Reason.class),
                "Select why the child is not in education");
        if (in.hasErrors()) {
            return new Result(null, in.errors());
        }
        return new Result(new NotInEducation(id, childId, since, until, reason, in.version()), Map.of());
    }

    static Map<String, String> values(NotInEducation n) {
        var values = new HashMap<String, String>();
        FormInput.putDate(values, "since", n.since());
        FormInput.putDate(values, "until", n.until());
        values.put("reason", n.reason().name());
        values.put("version", String.valueOf(n.version()));
        return values;
    }

    static Map<String, String> reasonChoices() {
        var choices = new LinkedHashMap<String, String>();
        for (var r : NotInEducation.Reason.values()) {
            choices.put(r.name(), r.words());
        }
        return choices;
    }
}
