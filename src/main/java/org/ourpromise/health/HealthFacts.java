package org.ourpromise.health;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.RecordChecks;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.HealthEvent;
import org.ourpromise.record.HealthEvent.Kind;
import org.ourpromise.returns.CodeList;

/**
 * What the health form records (everything OC2 and the Children in Care report read), in a nurse's words, and the
 * checks that refuse impossible facts. Each kind is one dated {@link HealthEvent}; its value is the score, the
 * reason code for no questionnaire, "1" or "0" for up to date, or IHA/RHA for an assessment.
 */
final class HealthFacts {

    /** The kinds on the form, in the order offered. */
    static final Map<String, String> KINDS = kinds();

    static final Map<String, String> HINTS = Map.of(
            "HEALTH_ASSESSMENT", "An initial or review health assessment by a doctor or nurse",
            "HEALTH_ASSESSMENT_REFERRAL", "The request to health for an initial health assessment",
            "DENTAL_CHECK", "A check-up by a dentist",
            "IMMUNISATION_STATUS", "Whether the child's immunisations are up to date, as checked on that date",
            "DEVELOPMENT_CHECK_STATUS", "Children under 5: whether their development checks are up to date",
            "SDQ_SCORE", "The carer's questionnaire, with its total difficulties score",
            "SDQ_NOT_COMPLETED", "Why no strengths and difficulties questionnaire was done this year",
            "SUBSTANCE_MISUSE", "A problem with drugs, alcohol or other substances was identified",
            "SUBSTANCE_INTERVENTION_REFUSED", "Help was offered and the young person did not take it up");

    static final Map<String, String> ASSESSMENTS = ordered("IHA", "Initial health assessment", "RHA",
            "Review health assessment");

    static final Map<String, String> UP_TO_DATE = ordered("1", "Up to date", "0", "Not up to date");

    private HealthFacts() {
    }

    private static Map<String, String> kinds() {
        return ordered("HEALTH_ASSESSMENT", "Health assessment held",
                "HEALTH_ASSESSMENT_REFERRAL", "Referral for an initial health assessment sent",
                "DENTAL_CHECK", "Dental check",
                "IMMUNISATION_STATUS", "Immunisations checked",
                "DEVELOPMENT_CHECK_STATUS", "Development checks reviewed",
                "SDQ_SCORE", "Strengths and difficulties questionnaire completed",
                "SDQ_NOT_COMPLETED", "No strengths and difficulties questionnaire, and why",
                "SUBSTANCE_MISUSE", "Substance misuse problem identified",
                "SUBSTANCE_INTERVENTION_RECEIVED", "Substance misuse support received",
                "SUBSTANCE_INTERVENTION_REFUSED", "Substance misuse support offered and refused");
    }

    static Map<String, String> ordered(String... pairs) {
        var m = new LinkedHashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }

    /** The year's reasons for no questionnaire, by meaning (the codes are never shown). */
    static Map<String, String> sdqReasons(int year) {
        return CodeList.SDQ_REASON.labels(year);
    }

    /**
     * The value the kind carries, checked against the child's record; errors by field on {@code in}. Null when the
     * kind carries none or a field was wrong.
     */
    static @Nullable String value(FormInput in, ChildRecord child, Kind kind, @Nullable LocalDate date, int year) {
        if (kind != Kind.SDQ_SCORE && !in.raw("score").isEmpty()) {
            in.error("score", "Leave the score blank: it is only for a strengths and difficulties questionnaire");
        }
        Integer age = date == null ? null : Period.between(child.dateOfBirth(), date).getYears();
        return switch (kind) {
            case HEALTH_ASSESSMENT -> assessment(in, child, date);
            case IMMUNISATION_STATUS -> upToDate(in);
            case DEVELOPMENT_CHECK_STATUS -> development(in, age);
            case SDQ_SCORE -> score(in, age);
            case SDQ_NOT_COMPLETED -> reason(in, age, year);
            case SUBSTANCE_INTERVENTION_RECEIVED, SUBSTANCE_INTERVENTION_REFUSED -> intervention(in, child, date);
            case HEALTH_ASSESSMENT_REFERRAL -> referral(in, child, date);
            default -> null;
        };
    }

    private static @Nullable String assessment(FormInput in, ChildRecord child, @Nullable LocalDate date) {
        String which = in.raw("assessment");
        if (!ASSESSMENTS.containsKey(which)) {
            in.error("assessment", "Select whether it was an initial or a review health assessment");
            return null;
        }
        if (date != null && !RecordChecks.inCareOn(child, date)) {
            in.error("date", "This child was not in care on that date, so no health assessment was due");
        }
        return which;
    }

    private static @Nullable String upToDate(FormInput in) {
        String v = in.raw("uptodate");
        if (!UP_TO_DATE.containsKey(v)) {
            in.error("uptodate", "Select whether they are up to date");
            return null;
        }
        return v;
    }

    private static @Nullable String development(FormInput in, @Nullable Integer age) {
        String v = upToDate(in);
        if (age != null && age >= 5) {
            in.error("date", "Development checks are for children under 5; this child was " + age + " on that date");
        }
        return v;
    }

    private static @Nullable String score(FormInput in, @Nullable Integer age) {
        Integer n = in.whole("score", "total difficulties score", 0, 40, true);
        if (age != null && (age < 4 || age >= 18)) {
            in.error("date", "The questionnaire is for children aged 4 to 17; this child was " + age + " on that date");
        }
        return n == null ? null : String.valueOf(n);
    }

    private static @Nullable String reason(FormInput in, @Nullable Integer age, int year) {
        String v = in.raw("reason");
        if (!sdqReasons(year).containsKey(v)) {
            in.error("reason", "Select why no questionnaire was done");
            return null;
        }
        if ("SDQ1".equals(v) && age != null && age >= 4 && age <= 16) {
            in.error("reason", "This child was " + age + " on that date, so was not under 4 or over 16: select another reason");
        }
        return v;
    }

    private static @Nullable String intervention(FormInput in, ChildRecord child, @Nullable LocalDate date) {
        if (date != null && child.health().stream().noneMatch(h -> h.kind() == Kind.SUBSTANCE_MISUSE
                && !h.date().isAfter(date))) {
            in.error("kind", "Record the substance misuse problem first: none was identified on or before that date");
        }
        return null;
    }

    private static @Nullable String referral(FormInput in, ChildRecord child, @Nullable LocalDate date) {
        if (date != null && !RecordChecks.inCareOn(child, date)) {
            in.error("date", "This child was not in care on that date, so no referral for an initial assessment was due");
        }
        return null;
    }
}
