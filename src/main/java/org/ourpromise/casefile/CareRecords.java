package org.ourpromise.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ourpromise.children.ChildRegister;
import org.ourpromise.children.ChildRegister.RegisteredChild;
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
