package org.ourpromise.measures.compute;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ourpromise.measures.MeasureValue;

/**
 * Counts by breakdown key with every key present from the start, so a key with nothing in it is reported
 * as 0 (MEASURES.md §0). Counts things (children, periods, rows) and keeps the children behind them.
 */
final class Tally {

    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, List<String>> children = new LinkedHashMap<>();

    Tally(Collection<String> keys) {
        for (var k : keys) {
            counts.put(k, 0);
            children.put(k, new ArrayList<>());
        }
    }

    /** Counts one thing of {@code child} under {@code key}; a key outside the breakdown is not counted. */
    void add(String key, String child) {
        var list = children.get(key);
        if (list != null) {
            counts.merge(key, 1, Integer::sum);
            list.add(child);
        }
    }

    /** {@code prefix + key} to a count for every key, in the order the keys were given. */
    void putCounts(String prefix, Map<String, MeasureValue> out) {
        counts.forEach((k, n) -> out.put(prefix + k, MeasureValue.count(n, children.get(k))));
    }
}
