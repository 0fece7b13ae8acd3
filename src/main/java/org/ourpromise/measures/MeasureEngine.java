package org.ourpromise.measures;

import java.util.HashMap;
import java.util.LinkedHashMap;
import org.ourpromise.measures.cohort.CareHistory;
import org.ourpromise.measures.compute.MeasureFamily;
import org.ourpromise.returns.Ssda903Return;

/**
 * Computes every measure of MEASURES.md from an SSDA903 return: parameters → cohort building (the indexed
 * {@link CareHistory}, once) → computation by family → results in catalogue order. Pure: the year comes
 * from the parameters, never from the clock.
 */
public final class MeasureEngine {

    private MeasureEngine() {
    }

    public static MeasureResults compute(Ssda903Return ret, MeasureParameters parameters) {
        var care = CareHistory.of(ret, parameters);
        var computed = new HashMap<String, MeasureValue>();
        for (var family : MeasureFamily.all()) {
            computed.putAll(family.compute(care));
        }
        var values = new LinkedHashMap<String, MeasureValue>();
        for (var key : MeasureCatalogue.forYear(parameters.year()).keys()) {
            var v = computed.get(key);
            if (v == null) {
                throw new IllegalStateException("measure " + key + " is catalogued but was not computed");
            }
            values.put(key, v);
        }
        return new MeasureResults(parameters, values);
    }

    /**
     * The health outcomes (OC2) alone, from a return of their year: an earlier year's, whose other measures a
     * return with history already gives (its OC2 rows are its own year's only).
     */
    public static java.util.Map<String, MeasureValue> health(Ssda903Return ret, MeasureParameters parameters) {
        return MeasureFamily.health().compute(CareHistory.of(ret, parameters));
    }
}
