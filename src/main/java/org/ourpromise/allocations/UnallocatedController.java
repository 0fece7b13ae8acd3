package org.ourpromise.allocations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.care.CareEpisodes;
import org.ourpromise.lists.CsvTable;
import org.ourpromise.lists.Sorting;
import org.ourpromise.children.ChildRegister;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.PeriodOfCare;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

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

    /** Longest waiting first (the list's own order), or by child, status or what is needed. */
    static final Sorting<Unallocated> COLUMNS = Sorting
            .by("since", Comparator.comparing(Unallocated::since))
            .and("child", Comparator.comparing((Unallocated u) -> u.name().toLowerCase(java.util.Locale.ROOT)))
            .and("status", Comparator.comparing(Unallocated::status))
            .and("needs", Comparator.comparing((Unallocated u) -> String.join(", ", u.missing())));

    @GetMapping("/allocations")
    @Transactional
    String unallocated(@RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String order, @RequestParam(required = false) @Nullable String page,
            Model model) {
        var today = LocalDate.now(clock);
        var all = of(register.children(null), care.byChild(null), register.allocations(null), today);
        var list = COLUMNS.page(all, sort, order, page, "/allocations", Map.of());
        audit.recordShown(AuditLog.Action.VIEW_REPORT, list.items().stream().map(Unallocated::childId).toList(),
                "viewed children without a worker: " + all.size() + " children, " + list.items().size() + " shown");
        model.addAttribute("list", list);
        model.addAttribute("children", list.items());
        model.addAttribute("today", today);
        return "allocations/unallocated";
    }

    /** Every child without a worker, as CSV, in the page's order; every child in it is audited. */
    @GetMapping("/allocations.csv")
    @Transactional
    ResponseEntity<byte[]> csv(@RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String order) {
        var today = LocalDate.now(clock);
        var all = COLUMNS.sorted(of(register.children(null), care.byChild(null), register.allocations(null), today),
                sort, order);
        audit.recordShown(AuditLog.Action.EXPORT, all.stream().map(Unallocated::childId).toList(),
                "downloaded children without a worker: " + all.size() + " children");
        var rows = all.stream().map(u -> List.of(u.childId(), u.name(), u.status(), u.since().toString(),
                String.join("; ", u.missing()))).toList();
        return CsvTable.download("children-without-a-worker-" + today,
                List.of("Child ID", "Name", "Status", "Since", "Needs"), rows);
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
