package org.ourpromise.iro;

import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The council's settings for the IRO service ({@code promise.iro.*}): working days the team has to answer an
 * alert, the name and response time of each stage of the escalation ladder, and the limit on the formal process
 * as a whole (IRO Handbook 6.x: no more than 20 working days). Anything not set takes the default below.
 *
 * @param alertResponseWorkingDays working days from raising a concern to the response being due
 * @param formalLimitWorkingDays   working days the formal stages together should take at most
 * @param stages                   per stage, its name and response time ({@code promise.iro.stages.stage-1.name=...})
 * @param prepStandards            the standards the IRO checks before each review ({@code promise.iro.prep-standards})
 */
@ConfigurationProperties("promise.iro")
public record IroSettings(@Nullable Integer alertResponseWorkingDays, @Nullable Integer formalLimitWorkingDays,
        @Nullable Map<EscalationStage, Stage> stages, java.util.@Nullable List<String> prepStandards) {

    private static final java.util.List<String> DEFAULT_STANDARDS = java.util.List.of("Personal education plan current",
            "Health assessment current", "Care plan current", "Visits made in time", "The child's views sought");

    /** A stage of the ladder as the council names it, and the working days its owner has to answer. */
    public record Stage(@Nullable String name, @Nullable Integer workingDays) {
    }

    private static final Map<EscalationStage, Stage> DEFAULT_STAGES = Map.of(
            EscalationStage.INFORMAL, new Stage("Informal resolution with the team manager", 5),
            EscalationStage.STAGE_1, new Stage("Formal stage 1: team manager", 5),
            EscalationStage.STAGE_2, new Stage("Formal stage 2: service manager", 5),
            EscalationStage.PRE_CHALLENGE, new Stage("Pre-Challenge tracking meeting", 5),
            EscalationStage.CHALLENGE, new Stage("Challenge meeting", 5));

    public IroSettings {
        alertResponseWorkingDays = positive(alertResponseWorkingDays, 10, "alert-response-working-days");
        formalLimitWorkingDays = positive(formalLimitWorkingDays, 20, "formal-limit-working-days");
        var filled = new EnumMap<EscalationStage, Stage>(EscalationStage.class);
        for (var s : EscalationStage.values()) {
            var set = stages == null ? null : stages.get(s);
            var fallback = DEFAULT_STAGES.get(s);
            filled.put(s, new Stage(set == null || set.name() == null || set.name().isBlank() ? fallback.name() : set.name(),
                    positive(set == null ? null : set.workingDays(), fallback.workingDays(), "stages." + s + ".working-days")));
        }
        stages = Map.copyOf(filled);
        prepStandards = prepStandards == null || prepStandards.isEmpty() ? DEFAULT_STANDARDS
                : prepStandards.stream().map(String::strip).filter(t -> !t.isEmpty() && t.length() <= 120).distinct().toList();
    }

    /** The defaults, for tests and the demo. */
    public static IroSettings defaults() {
        return new IroSettings(null, null, null, null);
    }

    public String name(EscalationStage stage) {
        return stages().get(stage).name();
    }

    public int workingDays(EscalationStage stage) {
        return stages().get(stage).workingDays();
    }

    public int alertResponseDays() {
        return alertResponseWorkingDays == null ? 10 : alertResponseWorkingDays;
    }

    public int formalLimitDays() {
        return formalLimitWorkingDays == null ? 20 : formalLimitWorkingDays;
    }

    private static Integer positive(@Nullable Integer value, Integer fallback, String key) {
        if (value == null) {
            return fallback;
        }
        if (value < 1 || value > 200) {
            throw new IllegalArgumentException("promise.iro." + key + " must be from 1 to 200 working days, not " + value);
        }
        return value;
    }
}
