package org.ourpromise.health;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.ourpromise.lists.ListPage;
import org.ourpromise.lists.Sorting;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The nurse's long lists, chosen once for a page and its CSV: the health deadlines out of date or due soon, the
 * health summaries due, and the mental-health referrals still waiting or first seen this year. Each list sorts by
 * its columns and pages ({@code lists.Sorting}); a page with two lists names the one a link is for
 * ({@code table=summaries&sort=child}), the other keeps its own order.
 */
@Component
class HealthLists {

    /** The referrals on the waits page: still waiting today, and first seen this collection year. */
    record Waits(LocalDate from, LocalDate today, List<HealthFiguresController.Wait> waiting,
            List<HealthFiguresController.Wait> seen) {
    }

    private final HealthWorklist worklist;
    private final HealthServiceData data;
    private final HealthAccess access;

    HealthLists(HealthWorklist worklist, HealthServiceData data, HealthAccess access) {
        this.worklist = worklist;
        this.data = data;
        this.access = access;
    }

    /** The deadlines out of date or due within {@link HealthController#DUE_WITHIN_DAYS} days, restricted ones too. */
    static List<HealthWorklist.Line> listed(List<HealthWorklist.Line> open, LocalDate today) {
        return open.stream().filter(l -> l.overdue()
                || !l.item().due().isAfter(today.plusDays(HealthController.DUE_WITHIN_DAYS))).toList();
    }

    @Transactional(readOnly = true)
    List<HealthWorklist.Line> items() {
        return listed(worklist.open(), worklist.today());
    }

    /** The summaries due, restricted records not open to the user left out (as on the page). */
    @Transactional(readOnly = true)
    List<SummaryDue> summaries(Set<String> hidden) {
        return worklist.summariesDue().stream().filter(s -> !hidden.contains(s.childId())).toList();
    }

    @Transactional(readOnly = true)
    Waits waits(Set<String> hidden) {
        var today = access.today();
        var from = Ssda903Dates.collectionStart(Ssda903Dates.collectionYearOf(today));
        var names = data.names();
        var referrals = data.referrals().stream().filter(r -> !hidden.contains(r.childId())).toList();
        var seen = HealthServiceFigures.seenIn(referrals, from, today).stream().map(r -> wait(r, names, today))
                .sorted(Comparator.comparing((HealthFiguresController.Wait w) -> w.referral().firstSeenOn())).toList();
        var waiting = referrals.stream().filter(r -> r.waitingOn(today)).map(r -> wait(r, names, today))
                .sorted(Comparator.comparing((HealthFiguresController.Wait w) -> w.referral().referredOn())).toList();
        return new Waits(from, today, waiting, seen);
    }

    private static HealthFiguresController.Wait wait(HealthServices.Referral r, Map<String, String> names,
            LocalDate today) {
        return new HealthFiguresController.Wait(r.childId(), names.getOrDefault(r.childId(), r.childId()), r,
                r.weeksWaited(today), r.daysWaited(today) > HealthServices.EIGHTEEN_WEEKS);
    }

    static Sorting<HealthWorklist.Line> itemColumns(Set<String> hidden) {
        return Sorting.by("due", Comparator.comparing((HealthWorklist.Line l) -> l.item().due()))
                .and("child", byName(HealthWorklist.Line::childId, HealthWorklist.Line::name, hidden))
                .and("what", Comparator.comparing((HealthWorklist.Line l) -> l.item().rule().description()));
    }

    static Sorting<SummaryDue> summaryColumns() {
        return Sorting.by("due", Comparator.comparing((SummaryDue s) -> s.dueBy()))
                .and("child", byName(SummaryDue::childId, SummaryDue::name, Set.of()))
                .and("step", Comparator.comparing(SummaryDue::stage));
    }

    /** Still waiting: referred longest ago first. */
    static Sorting<HealthFiguresController.Wait> waitingColumns() {
        return Sorting.by("referred", Comparator.comparing((HealthFiguresController.Wait w) -> w.referral().referredOn()))
                .and("child", byName(HealthFiguresController.Wait::childId, HealthFiguresController.Wait::name, Set.of()))
                .and("service", Comparator.comparing((HealthFiguresController.Wait w) -> w.referral().serviceWords()))
                .andDescending("weeks", Comparator.comparingLong(HealthFiguresController.Wait::weeks));
    }

    /** First seen this year: in the order they were seen. */
    static Sorting<HealthFiguresController.Wait> seenColumns() {
        return Sorting.by("seen", Comparator.comparing((HealthFiguresController.Wait w) -> w.referral().firstSeenOn()))
                .and("child", byName(HealthFiguresController.Wait::childId, HealthFiguresController.Wait::name, Set.of()))
                .and("service", Comparator.comparing((HealthFiguresController.Wait w) -> w.referral().serviceWords()))
                .and("referred", Comparator.comparing((HealthFiguresController.Wait w) -> w.referral().referredOn()))
                .andDescending("weeks", Comparator.comparingLong(HealthFiguresController.Wait::weeks));
    }

    /** The table's page: the address's sort, order and page if they are for this table, its own order if not. */
    static <T> ListPage<T> page(Sorting<T> columns, String path, String table, List<T> rows,
            Map<String, String> params) {
        boolean asked = table.equals(params.get("table"));
        return columns.page(rows, asked ? params.get("sort") : null, asked ? params.get("order") : null,
                asked ? params.get("page") : null, path, Map.of("table", table));
    }

    /** By name, a restricted record (no name shown) after every named one, by its ID. */
    private static <T> Comparator<T> byName(Function<T, String> id, Function<T, String> name, Set<String> hidden) {
        return Comparator.comparing((T row) -> hidden.contains(id.apply(row)))
                .thenComparing(row -> hidden.contains(id.apply(row)) ? id.apply(row)
                        : name.apply(row).toLowerCase(Locale.UK));
    }
}
