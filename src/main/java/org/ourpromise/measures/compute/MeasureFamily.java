package org.ourpromise.measures.compute;

import java.util.List;
import java.util.Map;
import org.ourpromise.measures.Measure;
import org.ourpromise.measures.MeasureValue;
import org.ourpromise.measures.cohort.CareHistory;

/** The measures of one section of MEASURES.md: their definitions, and their values computed in one pass. */
public interface MeasureFamily {

    /** The definitions, in MEASURES.md order; breakdown keys may depend on the year's code lists. */
    List<Measure> measures(int year);

    /** A value for every key of {@link #measures(int)} for the history's year. */
    Map<String, MeasureValue> compute(CareHistory care);

    /** The families in MEASURES.md order. */
    static List<MeasureFamily> all() {
        return List.of(new LookedAfterMeasures(), new StartsAndCeasesMeasures(), new StabilityMeasures(),
                new HealthMeasures(), new CareLeaverMeasures(), new AdoptionMeasures(), new MissingMeasures(),
                new ReviewMeasures());
    }

    /** The health family alone (the OC2 outcomes), for a year whose other measures are already known. */
    static MeasureFamily health() {
        return new HealthMeasures();
    }
}
