package org.ourpromise.leavers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.children.ChildRegister;
import org.ourpromise.record.Allocation;
import org.ourpromise.worklists.OtherWork;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a personal adviser's worklist: for each young person allocated to them today, the contact duty's open items
 * (decision 0169) and the next pathway plan review from the plan's versions. The regular contact is the deadline
 * engine's, with the other due items (decision 0215). A young person whose entitlement has
 * ended has none.
 */
@Component
class AdviserContactWork implements OtherWork {

    private final ChildRegister children;
    private final CareRecords records;
    private final AdviserContactDuty duty;

    AdviserContactWork(ChildRegister children, CareRecords records, AdviserContactDuty duty) {
        this.children = children;
        this.records = records;
        this.duty = duty;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Item> itemsFor(PromiseUser user, LocalDate today) {
        if (user.workerId() == null) {
            return List.of();
        }
        var out = new ArrayList<Item>();
        for (var id : children.currentlyAllocated(Allocation.Role.PERSONAL_ADVISER, user.workerId(), null, today)) {
            // the regular contact is the engine's adviser contact, on the worklist with the other due items
            records.load(id).ifPresent(child -> duty.due(child, today).stream().filter(AdviserContacts.Due::open)
                    .filter(d -> d.kind() != AdviserContacts.Kind.REGULAR)
                    .forEach(d -> out.add(new Item(id, d.what(), d.due(), "/leavers/children/" + id))));
        }
        return out;
    }
}
