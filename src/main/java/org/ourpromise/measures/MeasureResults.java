package org.ourpromise.measures;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The value of every measure of the catalogue for one computation, in catalogue order. */
public record MeasureResults(MeasureParameters parameters, Map<String, MeasureValue> values) {

    public MeasureResults {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The value of a measure; fails for a key the catalogue does not have. */
    public MeasureValue get(String key) {
        var v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no measure " + key);
        }
        return v;
    }
}
