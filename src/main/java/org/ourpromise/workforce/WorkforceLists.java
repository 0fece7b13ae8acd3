package org.ourpromise.workforce;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.ChildAccess;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.lists.ListPage;
import org.ourpromise.lists.Sorting;
import org.ourpromise.measures.MeasurePeriod;
import org.ourpromise.measures.WorkforceMeasures;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.staff.StaffDirectory;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The workforce's long lists, chosen once for a page and its CSV: the social workers' and the personal advisers'
 * caseloads (one page holds both, so a link names its table, {@code table=advisers&sort=team}), and the children
 * whose social worker changed in the year, only those in the user's scope.
 */
@Component
class WorkforceLists {

    static final String WORKERS = "social-workers";
    static final String ADVISERS = "advisers";

    /** The children listed and how many more are counted but not the user's to see. */
    record Changes(MeasurePeriod period, List<WorkforceController.Changed> rows, int hidden) {
    }

    /** By name; then team, employment, posts, children allocated (most first) and children per post (most first). */
    static final Sorting<WorkforceMeasures.Caseload> CASELOAD_COLUMNS = Sorting
            .by("worker", Comparator.comparing((WorkforceMeasures.Caseload c) -> c.name().toLowerCase(Locale.UK)))
            .and("team", Comparator.comparing((WorkforceMeasures.Caseload c) -> c.team().toLowerCase(Locale.UK)))
            .and("employed", Comparator.comparing(WorkforceMeasures.Caseload::agency))
            .andDescending("fte", Comparator.comparing(WorkforceMeasures.Caseload::fte))
            .andDescending("allocated", Comparator.comparingInt((WorkforceMeasures.Caseload c) -> c.children().size()))
            .andDescending("per-post", Comparator.comparing(WorkforceMeasures.Caseload::perFte,
                    Comparator.nullsFirst(Comparator.<java.math.BigDecimal>naturalOrder())));

    /** Most changes first (the measure's own order among equals), or by child or by workers. */
    static final Sorting<WorkforceController.Changed> CHANGE_COLUMNS = Sorting
            .byDescending("changes", Comparator.comparingInt(WorkforceController.Changed::changes))
            .and("child", Comparator.comparing((WorkforceController.Changed c) -> c.name().toLowerCase(Locale.UK))
                    .thenComparing(WorkforceController.Changed::childId))
            .and("workers", Comparator.comparing((WorkforceController.Changed c) -> c.workers().toLowerCase(Locale.UK)));

    private final WorkforceFigures figures;
    private final StaffDirectory staff;
    private final ChildAccess access;

    WorkforceLists(WorkforceFigures figures, StaffDirectory staff, ChildAccess access) {
        this.figures = figures;
        this.staff = staff;
        this.access = access;
    }

    /** One table's caseloads: {@link #WORKERS} or {@link #ADVISERS}. */
    static List<WorkforceMeasures.Caseload> caseloads(WorkforceFigures.Read read, String table) {
        var role = WORKERS.equals(table) ? Allocation.Role.SOCIAL_WORKER : Allocation.Role.PERSONAL_ADVISER;
        return read.results().caseloads().stream().filter(c -> c.role() == role).toList();
    }

    /** The table's page: the address's sort, order and page if they are for this table, its own order if not. */
    static ListPage<WorkforceMeasures.Caseload> page(List<WorkforceMeasures.Caseload> rows, String table, int year,
            Map<String, String> params) {
        boolean asked = table.equals(params.get("table"));
        var keep = new java.util.LinkedHashMap<String, Object>();
        keep.put("year", year);
        keep.put("table", table);
        return CASELOAD_COLUMNS.page(rows, asked ? params.get("sort") : null, asked ? params.get("order") : null,
                asked ? params.get("page") : null, "/workforce", keep);
    }

    /** The children whose social worker changed in the collection year, those outside the user's scope counted. */
    Changes changes(PromiseUser user, int year) {
        var read = figures.read(year);
        var period = read.results().period();
        var visible = access.visibleChildren(user);
        var rows = new ArrayList<WorkforceController.Changed>();
        int hidden = 0;
        for (var e : read.results().changes().entrySet()) {
            if (visible.map(v -> !v.contains(e.getKey())).orElse(false)) {
                hidden++;
                continue;
            }
            var child = read.records().get(e.getKey());
            rows.add(new WorkforceController.Changed(e.getKey(), name(child), e.getValue(), workers(child, period)));
        }
        return new Changes(period, rows, hidden);
    }

    private static String name(@Nullable ChildRecord child) {
        return child == null ? "" : child.identity().givenName() + " " + child.identity().familyName();
    }

    /** The social workers allocated on a day of the period, by name, in the order they began. */
    private String workers(@Nullable ChildRecord child, MeasurePeriod period) {
        if (child == null) {
            return "";
        }
        List<String> names = child.allocations().stream().filter(a -> a.role() == Allocation.Role.SOCIAL_WORKER)
                .filter(a -> !a.from().isAfter(period.to()) && (a.to() == null || a.to().isAfter(period.from())))
                .sorted(Comparator.comparing(Allocation::from)).map(a -> staff.nameOf(a.workerId())).toList();
        return String.join(", then ", names);
    }

    /** The collection year asked for, this one if none; a year that is not one is refused (400). */
    int year(@Nullable String year) {
        int current = Ssda903Dates.collectionYearOf(figures.today());
        if (year == null || year.isBlank()) {
            return current;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y >= 2000 && y <= current + 1) {
                return y;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The year must be a collection year from 2000 to "
                + (current + 1));
    }
}
