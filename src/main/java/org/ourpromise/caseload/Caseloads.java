package org.ourpromise.caseload;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.ChildAccess;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.casefile.CurrentFacts;
import org.ourpromise.casefile.OpenDeadlines;
import org.ourpromise.children.ChildRegister;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.Visit;
import org.ourpromise.timescales.DueItem;
import org.ourpromise.timescales.TimescaleSettings;
import org.springframework.stereotype.Service;

/** Builds caseloads from today's allocations, limited to the children the user may see. */
@Service
class Caseloads {

    private final ChildRegister register;
    private final CareRecords records;
    private final ChildAccess access;
    private final TimescaleSettings settings;
    private final Clock clock;
    private final org.ourpromise.casefile.LeavingCareDuty duty;

    Caseloads(ChildRegister register, CareRecords records, ChildAccess access, TimescaleSettings settings, Clock clock,
            org.ourpromise.casefile.LeavingCareDuty duty) {
        this.duty = duty;
        this.register = register;
        this.records = records;
        this.access = access;
        this.settings = settings;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Children a worker holds today in any role. */
    List<CaseloadLine> ofWorker(PromiseUser user, String workerId) {
        var ids = new TreeSet<String>();
        for (var role : Allocation.Role.values()) {
            ids.addAll(register.currentlyAllocated(role, workerId, null, today()));
        }
        return lines(user, ids, workerId);
    }

    /** Children whose social worker is in the team today. */
    List<CaseloadLine> ofTeam(PromiseUser user, String team) {
        return lines(user, new TreeSet<>(register.currentlyAllocated(Allocation.Role.SOCIAL_WORKER, null, team,
                today())), null);
    }

    private List<CaseloadLine> lines(PromiseUser user, Set<String> ids, @Nullable String workerId) {
        var visible = access.visibleChildren(user);
        var restricted = access.restrictedInScope(user);
        var out = new ArrayList<CaseloadLine>();
        for (String id : ids) {
            if (restricted.contains(id)) {
                // the record exists and is listed, without its details; opening it asks for a reason
                out.add(new CaseloadLine(id, "Restricted record", "Restricted", null, null, null, null, ""));
            } else if (visible.isEmpty() || visible.get().contains(id)) {
                records.load(id).ifPresent(child -> out.add(line(child, workerId)));
            }
        }
        out.sort(Comparator.comparing((CaseloadLine l) -> l.nextDue() == null ? LocalDate.MAX : l.nextDue().due())
                .thenComparing(CaseloadLine::childId));
        return out;
    }

    private CaseloadLine line(ChildRecord child, @Nullable String workerId) {
        var today = today();
        var facts = CurrentFacts.of(child, today);
        var deadlines = OpenDeadlines.of(child, today, facts.inCareSince(), settings, duty.ends(child),
                duty.contactTerms(child));
        DueItem next = deadlines.items().stream().min(Comparator.comparing(DueItem::due)).orElse(null);
        LocalDate lastVisit = child.visits().stream().map(Visit::date).filter(d -> !d.isAfter(today))
                .max(Comparator.naturalOrder()).orElse(null);
        String worker = facts.socialWorker() != null ? facts.socialWorker()
                : facts.personalAdviser() != null ? facts.personalAdviser() : workerId == null ? "" : workerId;
        return new CaseloadLine(child.childId(), child.identity().fullName(), facts.status(), facts.legalStatus(),
                facts.placement(), next, lastVisit, worker);
    }
}
