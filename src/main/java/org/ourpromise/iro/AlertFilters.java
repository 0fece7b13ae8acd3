package org.ourpromise.iro;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads the list's filters from the query string; a value that is not on the lists is an error and ignored. */
final class AlertFilters {

    private AlertFilters() {
    }

    static AlertFilter read(Map<String, String> params, List<AlertCategory> categories, List<String> teams,
            Map<String, String> errors) {
        String team = blankToNull(params.get("team"));
        if (team != null && !teams.contains(team)) {
            errors.put("team", "There is no team " + team + ": showing every team");
            team = null;
        }
        String iro = blankToNull(params.get("iro"));
        if (iro != null && !iro.matches("[A-Za-z0-9._-]{1,60}")) {
            errors.put("iro", "Choose an IRO from the list");
            iro = null;
        }
        Integer category = null;
        String c = blankToNull(params.get("category"));
        if (c != null) {
            category = categories.stream().filter(x -> String.valueOf(x.id()).equals(c)).map(AlertCategory::id)
                    .findFirst().orElse(null);
            if (category == null) {
                errors.put("category", "Choose a category from the list");
            }
        }
        AlertKind kind = parse(AlertKind.class, params.get("kind"), "kind", errors);
        EscalationStage stage = parse(EscalationStage.class, params.get("stage"), "stage", errors);
        boolean openOnly = !"all".equals(params.get("status"));
        return new AlertFilter(team, iro, category, kind, stage, openOnly, "yes".equals(params.get("escalated")), null,
                null);
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value, String field,
            Map<String, String> errors) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        for (var e : type.getEnumConstants()) {
            if (e.name().equals(v)) {
                return e;
            }
        }
        errors.put(field, "Choose a " + field + " from the list");
        return null;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
