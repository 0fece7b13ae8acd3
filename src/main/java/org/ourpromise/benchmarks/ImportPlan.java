package org.ourpromise.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * What importing a file would do to what is stored, worked out before anything is written: rows that are new, rows
 * that would replace a stored one (refused unless the import replaces), and rows already stored as they are.
 *
 * @param refused rows that differ from the stored row of the same key, when the import does not replace
 */
record ImportPlan<T>(List<T> added, List<Change<T>> replaced, int unchanged, List<Change<T>> refused) {

    /** A stored row and the file's row for the same key. */
    record Change<T>(T stored, T incoming) {
    }

    static <T, K> ImportPlan<T> of(List<T> stored, List<T> incoming, Function<T, K> key, BiPredicate<T, T> same,
            boolean replace) {
        var byKey = new LinkedHashMap<K, T>();
        stored.forEach(s -> byKey.put(key.apply(s), s));
        var added = new ArrayList<T>();
        var changed = new ArrayList<Change<T>>();
        int unchanged = 0;
        for (var row : incoming) {
            var old = byKey.get(key.apply(row));
            if (old == null) {
                added.add(row);
            } else if (same.test(old, row)) {
                unchanged++;
            } else {
                changed.add(new Change<>(old, row));
            }
        }
        return replace ? new ImportPlan<>(added, changed, unchanged, List.of())
                : new ImportPlan<>(added, List.of(), unchanged, changed);
    }

    boolean refusedAny() {
        return !refused.isEmpty();
    }
}
