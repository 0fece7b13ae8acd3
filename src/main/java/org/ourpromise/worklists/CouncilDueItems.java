package org.ourpromise.worklists;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.RecordChanged;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.cluster.DataVersion;
import org.ourpromise.timescales.DeadlineEngine;
import org.ourpromise.timescales.TimescaleSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The whole council's due items as at today, computed once a day (the engine over every record takes
 * far longer than a page may) and refreshed child by child after an event is recorded. A change is
 * only noted when its transaction commits; the child's record is read again on the next request, on every server
 * (the {@link DataVersion} says which children changed).
 */
@Service
class CouncilDueItems {

    /** Today's items by child id, in child id order. */
    record Snapshot(LocalDate today, Map<String, ChildDueItems> children) {
        Collection<ChildDueItems> all() {
            return children.values();
        }
    }

    private final CareRecords records;
    private final Clock clock;
    private final DeadlineEngine engine = DeadlineEngine.englandAndWales();
    private final TimescaleSettings settings;
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private volatile @Nullable Snapshot snapshot;
    private volatile boolean everythingChanged;
    private final DataVersion versions;
    private long seenVersion = -1;

    private final org.ourpromise.casefile.LeavingCareDuty duty;

    CouncilDueItems(CareRecords records, Clock clock, TimescaleSettings settings, DataVersion versions,
            org.ourpromise.casefile.LeavingCareDuty duty) {
        this.versions = versions;
        this.duty = duty;
        this.settings = settings;
        this.records = records;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    TimescaleSettings settings() {
        return settings;
    }

    DeadlineEngine engine() {
        return engine;
    }

    synchronized Snapshot current() {
        var today = today();
        seeOtherServersChanges();
        var s = snapshot;
        if (s == null || everythingChanged || !s.today().equals(today)) {
            everythingChanged = false;
            changed.clear();
            var all = new LinkedHashMap<String, ChildDueItems>();
            var ends = duty.endsForAll();
            var terms = duty.contactTermsForAll();
            for (var r : records.loadAll()) {
                all.put(r.childId(), ChildDueItems.of(r, today, engine, settings, ends.apply(r), terms.apply(r)));
            }
            s = new Snapshot(today, java.util.Collections.unmodifiableMap(all));
        } else if (!changed.isEmpty()) {
            var all = new LinkedHashMap<>(s.children());
            for (var id : Set.copyOf(changed)) {
                changed.remove(id);
                records.load(id).ifPresentOrElse(r -> all.put(id, ChildDueItems.of(r, today, engine, settings,
                        duty.ends(r), duty.contactTerms(r))), () -> all.remove(id));
            }
            s = new Snapshot(today, java.util.Collections.unmodifiableMap(all));
        }
        snapshot = s;
        return s;
    }

    /**
     * Notes the children whose records changed since the last look, here or on another server (the data version,
     * decision 0077); read before the records, so a change committed in between is read again next time.
     */
    private void seeOtherServersChanges() {
        var changes = versions.changesSince(seenVersion);
        if (changes.everything()) {
            everythingChanged = true;
        } else {
            changed.addAll(changes.childIds());
        }
        seenVersion = changes.version();
    }

    /** After the change commits (or at once, outside a transaction): the next request reads the record again. */
    @TransactionalEventListener(fallbackExecution = true)
    void onChange(RecordChanged change) {
        if (change.childId() == null) {
            everythingChanged = true;
        } else {
            changed.add(change.childId());
        }
    }
}
