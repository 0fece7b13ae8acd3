package org.ourpromise.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ourpromise.children.ChildRegister;
import org.ourpromise.children.ChildRegister.RegisteredChild;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.ChildRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whole care records, assembled from the register of children and the parts each feature keeps (its
 * {@link RecordPart}). Reading everyone takes one query per table, not per child, so an export of a large
 * council stays fast.
 */
@Service
public class CareRecords {

    private final ChildRegister children;
    private final List<RecordPart> parts;
    private final ApplicationEventPublisher events;

    CareRecords(ChildRegister children, List<RecordPart> parts, ApplicationEventPublisher events) {
        this.children = children;
        this.parts = parts;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Optional<ChildRecord> load(String childId) {
        var list = assemble(childId);
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    /** Every child's record, in child id order. */
    @Transactional(readOnly = true)
    public List<ChildRecord> loadAll() {
        return assemble(null);
    }

    private List<ChildRecord> assemble(@Nullable String childId) {
        var registered = children.children(childId);
        if (childId != null && registered.isEmpty()) {
            return List.of();
        }
        var assembly = new RecordAssembly();
        parts.forEach(p -> p.read(childId, assembly));
        var allocations = children.allocations(childId);
        var records = new ArrayList<ChildRecord>(registered.size());
        for (var c : registered.values()) {
            records.add(assembly.record(c, allocations.getOrDefault(c.childId(), List.of())));
        }
        return records;
    }

    /** Adds whole records (import, demo data) in the caller's transaction: one batch per table. */
    @Transactional
    public void addAll(List<ChildRecord> records) {
        children.insertAll(records.stream().map(r -> new RegisteredChild(r.childId(), r.identity(), r.uascUntil()))
                .toList());
        children.insertAllAllocations(RecordPart.byChild(records, ChildRecord::allocations));
        parts.forEach(p -> p.addAll(records));
        events.publishEvent(new CareRecordChanged(null));
    }

    /**
     * Extends records already held by another year's return (import-903), in the caller's transaction: the child's
     * facts, social-worker allocations now ended or new, and each part's new rows ({@link RecordPart#extendAll}).
     */
    @Transactional
    public void extendAll(Map<String, ChildRecord> held, List<ChildRecord> merged) {
        for (var m : merged) {
            var h = held.get(m.childId());
            if (!h.identity().equals(m.identity()) || !java.util.Objects.equals(h.uascUntil(), m.uascUntil())) {
                children.updateFromReturn(m.childId(), m.identity(), m.uascUntil());
            }
            if (!h.allocations().equals(m.allocations())) {
                extendAllocations(m.childId(), h.allocations(), m.allocations());
            }
        }
        parts.forEach(p -> p.extendAll(held, merged));
        events.publishEvent(new CareRecordChanged(null));
    }

    /** An allocation held open that the return shows ended is ended; one not held is added. */
    private void extendAllocations(String childId, List<Allocation> held, List<Allocation> merged) {
        var stored = children.storedAllocations(childId);
        var added = new ArrayList<Allocation>();
        for (var a : merged) {
            if (held.contains(a)) {
                continue;
            }
            var open = stored.stream().filter(s -> s.allocation().to() == null && s.allocation().role() == a.role()
                    && s.allocation().workerId().equals(a.workerId()) && s.allocation().from().equals(a.from()))
                    .findFirst();
            if (open.isPresent() && a.to() != null) {
                children.endAllocation(childId, open.get().id(), open.get().version(), a.to());
            } else {
                added.add(a);
            }
        }
        children.insertAllocations(childId, added);
    }

    public long count() {
        return children.count();
    }

    /** Child ids already held, among the given ones. */
    public List<String> existing(List<String> childIds) {
        var found = new ArrayList<String>();
        for (String id : childIds) {
            if (children.exists(id)) {
                found.add(id);
            }
        }
        return found;
    }
}
