package org.ourpromise.allocations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ourpromise.access.AuditLog;
import org.ourpromise.care.CareEpisodes;
import org.ourpromise.children.ChildRegister;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.PeriodOfCare;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The manager's list of children missing a worker today: children in care with no social worker or no
 * IRO, and care leavers under 21 (left care at 16 or over) with no personal adviser.
 */
@Controller
class UnallocatedController {

    /** One child missing one or more workers. */
    record Unallocated(String childId, String name, String status, LocalDate since, List<String> missing) {
    }

    private final ChildRegister register;
    private final CareEpisodes care;
    private final AuditLog audit;
    private final Clock clock;

    UnallocatedController(ChildRegister register, CareEpisodes care, AuditLog audit, Clock clock) {
        this.register = register;
        this.care = care;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/allocations")
    @Transactional
    String unallocated(Model model) {
        var today = LocalDate.now(clock);
        var list = of(register.children(null), care.byChild(null), register.allocations(null), today);
        audit.recordShown(AuditLog.Action.VIEW_REPORT, list.stream().map(Unallocated::childId).toList(),
                "viewed children without a worker: " + list.size() + " children");
        model.addAttribute("children", list);
        model.addAttribute("today", today);
        return "allocations/unallocated";
    }

    static List<Unallocated> of(Map<String, ChildRegister.RegisteredChild> children,
            Map<String, List<CareEpisode>> episodes, Map<String, List<Allocation>> allocations, LocalDate today) {
        var out = new ArrayList<Unallocated>();
        for (var child : children.values()) {
            var eps = episodes.getOrDefault(child.childId(), List.of());
            if (eps.isEmpty()) {
                continue;
            }
            var last = eps.get(eps.size() - 1);
            var held = allocations.getOrDefault(child.childId(), List.of());
            var missing = new ArrayList<String>();
            String status;
            LocalDate since;
            if (last.ceased() == null && !last.started().isAfter(today)) {
                status = "In care";
                since = periodStart(eps);
                addIfNone(held, Allocation.Role.SOCIAL_WORKER, "Social worker", today, missing);
                addIfNone(held, Allocation.Role.INDEPENDENT_REVIEWING_OFFICER, "Independent reviewing officer", today,
                        missing);
            } else if (last.ceased() != null && !last.ceased().isBefore(child.identity().dateOfBirth().plusYears(16))
                    && today.isBefore(child.identity().dateOfBirth().plusYears(21))) {
                status = "Care leaver";
                since = last.ceased();
                addIfNone(held, Allocation.Role.PERSONAL_ADVISER, "Personal adviser", today, missing);
            } else {
                continue;
            }
            if (!missing.isEmpty()) {
                out.add(new Unallocated(child.childId(), child.identity().fullName(), status, since, List.copyOf(missing)));
            }
        }
        out.sort(java.util.Comparator.comparing(Unallocated::since).thenComparing(Unallocated::childId));
        return out;
    }

    private static void addIfNone(List<Allocation> held, Allocation.Role role, String words, LocalDate today,
            List<String> missing) {
        if (held.stream().noneMatch(a -> a.role() == role && a.isCurrentOn(today))) {
            missing.add(words);
        }
    }

    /** The start of the current period of care (decision 14's rule, in record). */
    private static LocalDate periodStart(List<CareEpisode> eps) {
        var periods = PeriodOfCare.of(eps);
        return periods.get(periods.size() - 1).start();
    }
}
