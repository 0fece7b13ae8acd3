package org.ourpromise.worklists;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.Role;
import org.ourpromise.timescales.DeadlineRule;

/**
 * The worklist's filters from GET parameters, each optional: team, worker (ids as held on allocations)
 * and rule (a {@link DeadlineRule} code). A bad value is reported by field and the filter is not applied.
 */
record WorklistFilter(@Nullable String team, @Nullable String worker, @Nullable DeadlineRule rule,
        Map<String, String> errors, @Nullable String mine, boolean everyone) {

    /** Team names and worker ids as allocations hold them: letters, digits, spaces and - _ ' . */
    private static final String NAME = "[A-Za-z0-9 _'.-]{1,60}";

    static final WorklistFilter NONE = new WorklistFilter(null, null, null, Map.of(), null, false);

    WorklistFilter(@Nullable String team, @Nullable String worker, @Nullable DeadlineRule rule,
            Map<String, String> errors) {
        this(team, worker, rule, errors, null, false);
    }

    static WorklistFilter parse(@Nullable String team, @Nullable String worker, @Nullable String rule) {
        var errors = new LinkedHashMap<String, String>();
        String t = checked(team, "team", "Enter a team name of up to 60 letters, digits and spaces", errors);
        String w = checked(worker, "worker", "Enter a worker ID of up to 60 letters and digits", errors);
        DeadlineRule r = null;
        String ruleText = blankToNull(rule);
        if (ruleText != null) {
            try {
                r = DeadlineRule.valueOf(ruleText);
            } catch (IllegalArgumentException e) {
                errors.put("rule", "Select a deadline from the list");
            }
        }
        return new WorklistFilter(t, w, r,
                java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(errors))); // the form's order
    }

    /**
     * "My children" ({@code show=mine}): only the lines the user answers for as the allocated worker. The
     * default for a social worker, IRO or personal adviser with a worker id; {@code show=all} shows every
     * child they may see.
     */
    WorklistFilter forUser(Role role, @Nullable String workerId, @Nullable String show) {
        String s = blankToNull(show);
        if (s != null && !s.equals("mine") && !s.equals("all")) {
            // "Show" comes first on the form, then team, worker and deadline: the summary keeps that order
            var e = new LinkedHashMap<String, String>();
            e.put("show", "Select my children or all children");
            e.putAll(errors);
            return new WorklistFilter(team, worker, rule, java.util.Collections.unmodifiableMap(e), null, false);
        }
        boolean ownsCases = role == Role.SOCIAL_WORKER || role == Role.INDEPENDENT_REVIEWING_OFFICER
                || role == Role.PERSONAL_ADVISER;
        if (workerId != null && ("mine".equals(s) || s == null && ownsCases)) {
            return new WorklistFilter(team, worker, rule, errors, workerId, false);
        }
        return new WorklistFilter(team, worker, rule, errors, null, "all".equals(s));
    }

    boolean accepts(WorkItem i) {
        return (mine == null || mine.equalsIgnoreCase(i.worker()))
                && (team == null || team.equalsIgnoreCase(i.team()))
                && (worker == null || worker.equalsIgnoreCase(i.worker()))
                && (rule == null || rule == i.item().rule());
    }

    /** For links and the CSV address: the filters as query parameters. */
    Map<String, String> asParameters() {
        var p = new LinkedHashMap<String, String>();
        if (team != null) {
            p.put("team", team);
        }
        if (worker != null) {
            p.put("worker", worker);
        }
        if (rule != null) {
            p.put("rule", rule.name());
        }
        if (mine != null || everyone) {
            p.put("show", mine != null ? "mine" : "all");
        }
        return p;
    }

    private static @Nullable String checked(@Nullable String value, String field, String message,
            Map<String, String> errors) {
        String v = blankToNull(value);
        if (v != null && !v.matches(NAME)) {
            errors.put(field, message);
            return null;
        }
        return v;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
