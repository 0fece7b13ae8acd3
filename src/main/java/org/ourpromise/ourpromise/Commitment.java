package org.ourpromise.ourpromise;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One of the council's commitments, and the corporate parenting principles (letters a to g) it serves. */
public record Commitment(int id, String title, String meaning, List<String> principles) {

    /** The corporate parenting principles, Children and Social Work Act 2017, section 1(1). */
    public static final Map<String, String> PRINCIPLES = Map.of(
            "a", "to act in their best interests, and promote their physical and mental health and well-being",
            "b", "to encourage them to express their views, wishes and feelings",
            "c", "to take into account their views, wishes and feelings",
            "d", "to help them gain access to, and make the best use of, services provided by the council and its partners",
            "e", "to promote high aspirations, and seek to secure the best outcomes, for them",
            "f", "for them to be safe, and for stability in their home lives, relationships and education or work",
            "g", "to prepare them for adulthood and independent living");

    static Commitment of(int id, String title, String meaning, String letters) {
        return new Commitment(id, title, meaning, Arrays.stream(letters.split(",")).map(String::strip).toList());
    }

    public List<String> principlesShown() {
        return principles.stream().map(p -> "(" + p + ") " + PRINCIPLES.getOrDefault(p, "")).toList();
    }
}
