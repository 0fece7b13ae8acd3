package org.ourpromise.measures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Measures looked up by key and listed in the order they were defined: what the return's catalogue and the
 * local one have in common. Defined while a catalogue is built, never after it is handed out.
 */
abstract class MeasuresInOrder {

    private final Map<String, Measure> byKey = new LinkedHashMap<>();

    /**
     * Adds a measure under its key. A key defined twice is a mistake in the definitions, so it stops everything,
     * with {@code twice} and the key as the message.
     */
    final void define(Measure measure, String twice) {
        if (byKey.put(measure.key(), measure) != null) {
            throw new IllegalStateException(twice + measure.key());
        }
    }

    public List<Measure> measures() {
        return List.copyOf(byKey.values());
    }

    public List<String> keys() {
        return new ArrayList<>(byKey.keySet());
    }

    public Optional<Measure> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }
}
