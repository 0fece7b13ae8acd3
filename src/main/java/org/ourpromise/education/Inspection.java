package org.ourpromise.education;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One Ofsted inspection of a school, with its judgements in the words Ofsted published. State schools inspected
 * from September 2024 have no overall effectiveness grade (and from November 2025 report cards, whose grades use
 * other words), so a school counts as "Good or Outstanding" only when the overall grade exists.
 */
public record Inspection(String urn, LocalDate date, @Nullable String overallEffectiveness,
        @Nullable String qualityOfEducation, @Nullable String behaviourAndAttitudes,
        @Nullable String personalDevelopment, @Nullable String leadershipAndManagement) {

    /** The four-point grades (to August 2024) and the report card's five (from November 2025). */
    static final List<String> JUDGEMENTS = List.of("Outstanding", "Good", "Requires improvement", "Inadequate",
            "Exceptional", "Strong standard", "Expected standard", "Needs attention", "Urgent improvement");

    /** The judgement as published, from its words or the 1–4 grade number Ofsted's data files use; null if neither. */
    static @Nullable String judgement(String published) {
        String v = published.strip();
        switch (v) {
            case "1": return "Outstanding";
            case "2": return "Good";
            case "3": return "Requires improvement";
            case "4": return "Inadequate";
            default:
                for (var j : JUDGEMENTS) {
                    if (j.toLowerCase(Locale.ROOT).equals(v.toLowerCase(Locale.ROOT))) {
                        return j;
                    }
                }
                return null;
        }
    }

    /** Whether the overall grade is Good or Outstanding; empty when the inspection gave no overall grade. */
    public Optional<Boolean> goodOrOutstanding() {
        if (overallEffectiveness == null) {
            return Optional.empty();
        }
        return Optional.of(overallEffectiveness.equals("Outstanding") || overallEffectiveness.equals("Good"));
    }

    /** The judgements in words for a page, e.g. "Good overall" or "Quality of education: Good; ...". */
    public String inWords() {
        if (overallEffectiveness != null) {
            return overallEffectiveness + " overall";
        }
        var parts = new java.util.ArrayList<String>();
        add(parts, "Quality of education", qualityOfEducation);
        add(parts, "Behaviour and attitudes", behaviourAndAttitudes);
        add(parts, "Personal development", personalDevelopment);
        add(parts, "Leadership and management", leadershipAndManagement);
        return parts.isEmpty() ? "No judgements published" : "No overall grade. " + String.join("; ", parts);
    }

    private static void add(List<String> parts, String name, @Nullable String judgement) {
        if (judgement != null) {
            parts.add(name + ": " + judgement);
        }
    }
}
