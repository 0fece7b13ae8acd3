package org.ourpromise.allocations;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.CareRecordChanged;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.casefile.CorrectableEvents;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.RecordChanged;
import org.ourpromise.casefile.StoredEvent;
import org.ourpromise.children.ChildRegister;
import org.ourpromise.children.ChildRegister.StoredAllocation;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.staff.StaffDirectory;
import org.springframework.stereotype.Component;

/**
 * Allocations as a correction sees them (decision 0125): the first day and the day it ended can be corrected, as
 * long as the child still never has two workers in one role on a day; the worker cannot (another worker is a hand-over
 * on the allocations page, or withdraw this allocation and allocate the right one).
 */
@Component
class AllocationCorrections implements CorrectableEvents {

    private final ChildRegister register;
    private final StaffDirectory staff;
    private final CareRecords records;

    AllocationCorrections(ChildRegister register, StaffDirectory staff, CareRecords records) {
        this.register = register;
        this.staff = staff;
        this.records = records;
    }

    @Override
    public String kind() {
        return "allocation";
    }

    @Override
    public String dateLabel() {
        return "First day of the allocation";
    }

    @Override
    public String endLabel() {
        return "Day it ended (the next worker's first day)";
    }

    @Override
    public List<StoredEvent> stored(String childId) {
        return register.storedAllocations(childId).stream().map(s -> new StoredEvent(s.id(),
                s.allocation().role().name(), s.allocation().from(), s.allocation().to(), s.allocation().workerId(),
                words(s.allocation().role(), s.allocation().workerId(), s.allocation().from(), s.allocation().to()),
                s.version())).toList();
    }

    @Override
    public void check(FormInput in, ChildRecord child, StoredEvent event, LocalDate date, @Nullable LocalDate end,
            @Nullable String value) {
        if (end != null && !end.isAfter(date)) {
            in.error("end", "The day it ended must be after its first day");
            return;
        }
        Allocation corrected = allocation(child.childId(), event.id(), date, end);
        for (StoredAllocation other : register.storedAllocations(child.childId())) {
            if (other.id() != event.id() && other.allocation().role() == corrected.role()
                    && Handover.overlap(other.allocation(), corrected)) {
                in.error("date", "This would overlap " + words(other.allocation())
                        + ": a child has one worker in a role on a day");
                return;
            }
        }
    }

    @Override
    public boolean correct(String childId, StoredEvent event, LocalDate date, @Nullable LocalDate end,
            @Nullable String value) {
        return register.correctAllocation(childId, event.id(), event.version(), date, end);
    }

    @Override
    public boolean withdraw(String childId, StoredEvent event) {
        return register.withdrawAllocation(childId, event.id(), event.version());
    }

    @Override
    public String words(StoredEvent event, LocalDate date, @Nullable LocalDate end, @Nullable String value) {
        return words(Allocation.Role.valueOf(event.type()), String.valueOf(value), date, end);
    }

    private Allocation allocation(String childId, long id, LocalDate from, @Nullable LocalDate to) {
        var a = register.storedAllocations(childId).stream().filter(s -> s.id() == id).findFirst().orElseThrow()
                .allocation();
        return new Allocation(a.role(), a.workerId(), a.team(), from, to, a.changeReason());
    }

    private String words(Allocation a) {
        return words(a.role(), a.workerId(), a.from(), a.to());
    }

    /** "social worker Sam Patel from 01/06/2026 to 01/09/2026": the worker by name, never by code. */
    private String words(Allocation.Role role, String workerId, LocalDate from, @Nullable LocalDate to) {
        return AllocationWords.role(role).toLowerCase(java.util.Locale.ROOT) + " " + staff.nameOf(workerId) + " from "
                + Ssda903Dates.format(from) + (to == null ? ", still allocated" : " to " + Ssda903Dates.format(to));
    }

    @Override
    public ChildRecord reread(ChildRecord child) {
        return records.load(child.childId()).orElse(child);
    }

    @Override
    public RecordChanged changed(String childId, StoredEvent event, LocalDate date) {
        return new CareRecordChanged(childId);
    }
}
