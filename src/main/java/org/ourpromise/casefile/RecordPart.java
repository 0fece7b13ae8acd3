package org.ourpromise.casefile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.ChildRecord;

/**
 * A feature's part of the child's record: the tables it keeps, read into the assembly of whole records and
 * written when whole records are added (import, demo data). One bean in each feature that keeps part of the
 * record implements it, so {@link CareRecords} assembles records without naming any feature's repository.
 */
public interface RecordPart {

    /** Reads this part of one child's record (or of everyone's, for a null id) into the assembly. */
    void read(@Nullable String childId, RecordAssembly into);

    /** Adds this part of whole records, in the caller's transaction: one batch per table. */
    void addAll(List<ChildRecord> records);

    /**
     * Extends records already held by what a later (or earlier) year's return adds (import-903, one year after
     * another): by default the rows {@code merged} has that {@code held} lacks are added. A part whose rows can
     * change (an episode now ended) overrides it.
     */
    default void extendAll(Map<String, ChildRecord> held, List<ChildRecord> merged) {
        addAll(RecordExtension.additions(held, merged));
    }

    /** One list per child, from each record: the shape the repositories' batch inserts take. */
    static <T> Map<String, List<T>> byChild(List<ChildRecord> records, Function<ChildRecord, List<T>> part) {
        var map = new LinkedHashMap<String, List<T>>();
        records.forEach(r -> map.put(r.childId(), part.apply(r)));
        return map;
    }

    /** At most one value per child, from each record that has one. */
    static <T> Map<String, T> oneByChild(List<ChildRecord> records, Function<ChildRecord, @Nullable T> part) {
        var map = new LinkedHashMap<String, T>();
        records.forEach(r -> {
            T value = part.apply(r);
            if (value != null) {
                map.put(r.childId(), value);
            }
        });
        return map;
    }
}
