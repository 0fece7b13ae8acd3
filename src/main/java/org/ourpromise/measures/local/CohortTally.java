package org.ourpromise.measures.local;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.ourpromise.measures.MeasureValue;

/** A snapshot measure in one period, or one category of a breakdown: the children in its cohort and numerator. */
final class CohortTally {

    private final List<String> cohort = new ArrayList<>();
    private final List<String> numerator = new ArrayList<>();

    void add(String child, boolean inNumerator) {
        ItemTally.addOnce(cohort, child);
        if (inNumerator) {
            ItemTally.addOnce(numerator, child);
        }
    }

    MeasureValue value() {
        return MeasureValue.percentageOf(numerator, cohort);
    }

    /** The cohort's children outside the numerator, sorted. */
    List<String> notMet() {
        var met = new HashSet<>(numerator);
        return MeasureValue.countOf(cohort.stream().filter(c -> !met.contains(c)).toList()).numeratorChildren();
    }
}
