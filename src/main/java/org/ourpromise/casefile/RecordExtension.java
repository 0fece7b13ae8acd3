package org.ourpromise.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ourpromise.record.ChildRecord;

/**
 * What a merged record adds to the one held: for each child, the rows of each part that the held record lacks,
 * and a one-per-child fact (adoption, previous permanence) only when none was held. The shape {@link RecordPart#addAll}
 * takes, so extending held records by another year's return (import-903) writes only what is new.
 */
public final class RecordExtension {

    private RecordExtension() {
    }

    public static List<ChildRecord> additions(Map<String, ChildRecord> held, List<ChildRecord> merged) {
        var result = new ArrayList<ChildRecord>(merged.size());
        for (var m : merged) {
            var h = held.get(m.childId());
            result.add(h == null ? m : new ChildRecord(m.childId(), m.identity(), m.uascUntil(),
                    minus(m.episodes(), h.episodes()), minus(m.reviews(), h.reviews()), minus(m.health(), h.health()),
                    minus(m.missing(), h.missing()), minus(m.careLeaverContacts(), h.careLeaverContacts()),
                    minus(m.adoptionDecisions(), h.adoptionDecisions()), h.adoption() == null ? m.adoption() : null,
                    h.previousPermanence() == null ? m.previousPermanence() : null,
                    minus(m.allocations(), h.allocations()), minus(m.education(), h.education()),
                    minus(m.deprivationOfLiberty(), h.deprivationOfLiberty()), minus(m.visits(), h.visits()),
                    minus(m.plans(), h.plans())));
        }
        return result;
    }

    private static <T> List<T> minus(List<T> merged, List<T> held) {
        return merged.stream().filter(e -> !held.contains(e)).toList();
    }
}
