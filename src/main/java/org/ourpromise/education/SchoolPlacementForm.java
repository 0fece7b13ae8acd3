package org.ourpromise.education;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.FormInput;

/**
 * Reads the school form: a school by URN (with its name, phase and local authority when it is not on the list
 * yet), the dates on roll, the year group and SEN provision. Gives the placement, or the errors and nothing else.
 */
final class SchoolPlacementForm {

    /** What was read: the placement and a school to add to the list (when new), or errors by field. */
    record Result(@Nullable SchoolPlacement placement, @Nullable School newSchool, Map<String, String> errors) {
    }

    private SchoolPlacementForm() {
    }

    /**
     * @param id       the placement being changed (0 for a new one)
     * @param born     the child's date of birth: nobody starts school before it
     * @param schools  finds a school on the list by URN
     */
    static Result read(Map<String, String> params, long id, String childId, LocalDate born, LocalDate today,
            Function<String, Optional<School>> schools) {
        var in = new FormInput(params);
        String urn = in.raw("urn");
        School newSchool = school(in, urn, schools);
        var started = in.date("started", "date the child started at the school", true, today);
        var ended = in.date("ended", "date the child left the school", false, today);
        if (started != null && started.isBefore(born)) {
            in.error("started", "The date the child started at the school must be after their date of birth");
        }
        if (started != null && ended != null && !ended.isAfter(started)) {
            in.error("ended", "The date the child left the school must be after the date they started");
        }
        String yearGroup = in.raw("yearGroup");
        if (!SchoolPlacement.YEAR_GROUPS.contains(yearGroup)) {
            in.error("yearGroup", "Select the year group the child joined the school in");
        }
        var sen = in.choice("sen", EnumSet.allOf(SchoolPlacement.Sen.class),
                "Select the child's special educational needs provision");
        boolean assessment = in.yes("assessment");
        if (assessment && sen == SchoolPlacement.Sen.EHCP) {
            in.error("assessment", "A child who has an education, health and care plan is not being assessed for one:"
                    + " untick the assessment or choose SEN support");
        }
        if (in.hasErrors()) {
            return new Result(null, null, in.errors());
        }
        return new Result(new SchoolPlacement(id, childId, urn, started, ended, yearGroup, sen, assessment,
                in.version()), newSchool, Map.of());
    }

    /** Checks the URN; gives the school to add when it is not on the list (its details then required). */
    private static @Nullable School school(FormInput in, String urn, Function<String, Optional<School>> schools) {
        if (urn.isEmpty()) {
            in.error("urn", "Enter the school's unique reference number (URN)");
        } else if (!urn.matches(School.URN)) {
            in.error("urn", "The URN must be 6 or 7 digits, for example 120345");
        } else if (schools.apply(urn).isEmpty()) {
            String name = in.text("schoolName", "school's name (it is not on the list yet)", 200, true);
            String phase = in.text("phase", "school's phase", 40, true);
            String la = in.text("localAuthority", "school's local authority", 100, true);
            if (name != null && phase != null && la != null) {
                return new School(urn, name, phase, la);
            }
        }
        return null;
    }

    static Map<String, String> values(SchoolPlacement p) {
        var values = new HashMap<String, String>();
        values.put("urn", p.urn());
        FormInput.putDate(values, "started", p.started());
        FormInput.putDate(values, "ended", p.ended());
        values.put("yearGroup", p.yearGroup());
        values.put("sen", p.sen().name());
        values.put("assessment", p.assessmentInProgress() ? "yes" : "");
        values.put("version", String.valueOf(p.version()));
        return values;
    }

    static Map<String, String> yearGroupChoices() {
        var choices = new LinkedHashMap<String, String>();
        SchoolPlacement.YEAR_GROUPS.forEach(y -> choices.put(y, SchoolPlacement.yearGroupWords(y)
                + (y.startsWith("N") ? " (" + y + ")" : "")));
        return choices;
    }

    static Map<String, String> senChoices() {
        var choices = new LinkedHashMap<String, String>();
        for (var s : SchoolPlacement.Sen.values()) {
            choices.put(s.name(), s.words());
        }
        return choices;
    }
}
