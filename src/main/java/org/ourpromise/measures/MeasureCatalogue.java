package org.ourpromise.measures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ourpromise.measures.compute.MeasureFamily;

/**
 * Every measure of domain/MEASURES.md for a collection year, breakdown keys expanded, in the file's order.
 * Keys depend on the year only where a breakdown follows a year's code list (SEX, REC).
 */
public final class MeasureCatalogue {

    private final int year;
    private final Map<String, Measure> measures;

    private MeasureCatalogue(int year, Map<String, Measure> measures) {
        this.year = year;
        this.measures = measures;
    }

    public static MeasureCatalogue forYear(int year) {
        var map = new LinkedHashMap<String, Measure>();
        for (var family : MeasureFamily.all()) {
            for (var m : family.measures(year)) {
                if (map.put(m.key(), m) != null) {
                    throw new IllegalStateException("measure key defined twice: " + m.key());
                }
            }
        }
        return new MeasureCatalogue(year, java.util.Collections.unmodifiableMap(map));
    }

    /**
     * The year's measures and, after them, the local measures from the record (with the default settings'
     * words): everything a council may set a target for or hold a comparator of.
     */
    public static MeasureCatalogue withLocalMeasures(int year) {
        var map = new LinkedHashMap<>(forYear(year).measures);
        for (var m : LocalMeasureCatalogue.of(LocalMeasureSettings.defaults()).measures()) {
            if (map.put(m.key(), m) != null) {
                throw new IllegalStateException("local measure key also in the return's catalogue: " + m.key());
            }
        }
        return new MeasureCatalogue(year, java.util.Collections.unmodifiableMap(map));
    }

    public int year() {
        return year;
    }

    public List<Measure> measures() {
        return List.copyOf(measures.values());
    }

    public List<String> keys() {
        return new ArrayList<>(measures.keySet());
    }

    public Optional<Measure> find(String key) {
        return Optional.ofNullable(measures.get(key));
    }
}
