package org.ourpromise.leavers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.ChildAccess;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.lists.CsvTable;
import org.ourpromise.lists.Sorting;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Staying Put and Staying Close today: the counts by kind for the whole council (current, started and ended this
 * financial year, weekly cost, support to former foster carers this week and this year, which stops at 21, and
 * monitoring overdue), and the list of the arrangements of the young people the user may see (current ones, or
 * every one), sortable, with the whole list as CSV.
 */
@Controller
class StayingListController {

    static final String PATH = "/leavers/arrangements";

    /** By the next monitoring due (soonest first, ended ones last), or by name, kind, start or end. */
    static final Sorting<StayingRows.Row> COLUMNS = Sorting.<StayingRows.Row>by("due",
                    Comparator.comparing(StayingRows.Row::monitoringDue, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(StayingListController::name))
            .and("name", Comparator.comparing(StayingListController::name))
            .and("kind", Comparator.comparing((StayingRows.Row r) -> r.a().kind()).thenComparing(StayingListController::name))
            .and("started", Comparator.comparing((StayingRows.Row r) -> r.a().started()))
            .and("ended", Comparator.comparing((StayingRows.Row r) -> r.a().ended(),
                    Comparator.nullsLast(Comparator.naturalOrder())));

    private final StayingRows rows;
    private final ChildAccess access;
    private final AuditLog audit;
    private final Clock clock;

    StayingListController(StayingRows rows, ChildAccess access, AuditLog audit, Clock clock) {
        this.rows = rows;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    private static String name(StayingRows.Row r) {
        return r.name().toLowerCase(Locale.ROOT);
    }

    @GetMapping(PATH)
    @Transactional // not read-only: the view is audited
    String list(@AuthenticationPrincipal PromiseUser user, @RequestParam Map<String, String> params, Model model) {
        var today = LocalDate.now(clock);
        var all = rows.on(today);
        boolean every = "all".equals(params.get("show"));
        var list = COLUMNS.page(visible(user, all, every), params.get("sort"), params.get("order"), params.get("page"),
                PATH, every ? Map.of("show", "all") : Map.of());
        audit.recordShown(AuditLog.Action.VIEW_REPORT, list.items().stream().map(StayingRows.Row::childId).toList(),
                "Staying Put and Staying Close on " + today + ": " + list.items().size() + " arrangements listed");
        model.addAttribute("counts", StayingRows.counts(all, today));
        model.addAttribute("list", list);
        model.addAttribute("every", every);
        model.addAttribute("today", today);
        model.addAttribute("yearStart", StayingArrangementController.yearStart(today));
        return "leavers/arrangements-list";
    }

    @GetMapping(PATH + ".csv")
    @Transactional
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal PromiseUser user, @RequestParam Map<String, String> params) {
        var today = LocalDate.now(clock);
        boolean every = "all".equals(params.get("show"));
        var sorted = COLUMNS.sorted(visible(user, rows.on(today), every), params.get("sort"), params.get("order"));
        var lines = sorted.stream().map(r -> List.of(r.name(), r.a().kind().words(), r.a().carer(),
                r.a().started().toString(), r.a().ended() == null ? "" : r.a().ended().toString(),
                r.a().weeklyCost().toPlainString(), r.weeklySupport().toPlainString(),
                r.supportThisYear().toPlainString(), r.a().lastMonitored() == null ? "" : r.a().lastMonitored().toString(),
                r.monitoringDue() == null ? "" : r.monitoringDue().toString())).toList();
        audit.recordShown(AuditLog.Action.EXPORT, sorted.stream().map(StayingRows.Row::childId).toList(),
                "Staying Put and Staying Close CSV on " + today + ": " + lines.size() + " arrangements");
        return CsvTable.download("staying-put-and-staying-close",
                List.of("Young person", "Arrangement", "Carer or provider", "From", "To", "Weekly cost (£)",
                        "Support to the carer this week (£)", "Support to the carer this financial year (£)",
                        "Last monitored", "Monitoring due by"), lines);
    }

    private List<StayingRows.Row> visible(PromiseUser user, List<StayingRows.Row> all, boolean every) {
        var visible = access.visibleChildren(user);
        return all.stream().filter(r -> every || r.current())
                .filter(r -> visible.map(v -> v.contains(r.childId())).orElse(true)).toList();
    }
}
