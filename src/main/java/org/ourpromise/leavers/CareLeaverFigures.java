package org.ourpromise.leavers;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ourpromise.cluster.DataVersion;
import org.ourpromise.timescales.CareLeaverBands;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The care leavers' offer as at a day for the whole council: every young person's row, the Staying Put and Staying
 * Close arrangements, and the board's in-year figures by age band. Worked out once per day asked for and kept
 * against the records' data version (decision 0077), so a repeat view reads one number; any change to a record, an
 * entitlement, a contact or an arrangement (each raises the version, on any server) is on the next view. At most
 * {@link #KEPT} days are kept, the least recently viewed going first.
 */
@Component
class CareLeaverFigures {

    /** The most days kept at once (today and a few as-at dates being compared). */
    static final int KEPT = 12;

    /** The offer as at a day: the roll, the arrangements and the figures counted from them. */
    record AsAt(LocalDate day, List<CareLeaverRoll.Row> rows, List<LeavingCareOffer.StayingArrangement> arrangements,
            List<CareLeaverBands.Figures> figures) {
    }

    /** What a kept offer was made from: the day and the records' version. */
    private record Made(LocalDate day, long records) {
    }

    private final CareLeaverRoll roll;
    private final LeavingCareOffer offer;
    private final DataVersion versions;
    private final Map<Made, AsAt> kept = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Made, AsAt> eldest) {
            return size() > KEPT;
        }
    });

    CareLeaverFigures(CareLeaverRoll roll, LeavingCareOffer offer, DataVersion versions) {
        this.roll = roll;
        this.offer = offer;
        this.versions = versions;
    }

    /** The offer as at the day, from what was kept if nothing has been recorded since. */
    @Transactional(readOnly = true)
    AsAt on(LocalDate day) {
        // the version is read first: a change committed while the rows are read leaves them kept under the older one
        var made = new Made(day, versions.current(DataVersion.Area.RECORDS));
        var found = kept.get(made);
        if (found != null) {
            return found;
        }
        var rows = List.copyOf(roll.on(day));
        var arrangements = List.copyOf(offer.arrangements(null));
        var asAt = new AsAt(day, rows, arrangements, List.copyOf(CareLeaverBands.asAt(day, cohort(day, rows,
                arrangements))));
        synchronized (kept) {
            kept.keySet().removeIf(m -> m.records() != made.records());
            kept.put(made, asAt);
        }
        return asAt;
    }

    /** How many days are kept now (for the tests of the bound). */
    int keptDays() {
        return kept.size();
    }

    /** Relevant and former relevant young people on the day (as the return counts them), with Staying Put. */
    private static List<CareLeaverBands.Leaver> cohort(LocalDate day, List<CareLeaverRoll.Row> rows,
            List<LeavingCareOffer.StayingArrangement> arrangements) {
        var stayingPut = new java.util.HashSet<String>();
        arrangements.stream().filter(a -> a.isCurrentOn(day) && a.kind() == LeavingCareOffer.Kind.STAYING_PUT)
                .forEach(a -> stayingPut.add(a.childId()));
        return rows.stream().filter(r -> CareLeaverBands.counted(r.category()))
                .map(r -> new CareLeaverBands.Leaver(r.childId(), r.dateOfBirth(), r.contacts(),
                        stayingPut.contains(r.childId())))
                .toList();
    }
}
