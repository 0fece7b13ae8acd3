package org.ourpromise.education;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.ourpromise.lists.ListPage;
import org.ourpromise.lists.Sorting;

/**
 * The Virtual School worklist's four tables, each sortable by its columns and paged. One page holds all four, so
 * the address names the table a sort or page is for ({@code table=peps&sort=child}); the others keep their own
 * order. A restricted record's row shows no name, so sorting by name puts those rows last, by child ID.
 */
final class VirtualSchoolTables {

    static final String PATH = "/virtual-school";

    private VirtualSchoolTables() {
    }

    static ListPage<VirtualSchoolController.Line> peps(List<VirtualSchoolController.Line> rows, Set<String> hidden,
            Map<String, String> params) {
        return page(pepColumns(hidden), "peps", rows, params);
    }

    static Sorting<VirtualSchoolController.Line> pepColumns(Set<String> hidden) {
        return Sorting.by("due", Comparator.comparing(VirtualSchoolController.Line::when)
                        .thenComparing(l -> l.pupil().name()))
                .and("child", byName(l -> l.pupil(), hidden))
                .and("year", Comparator.comparingInt((VirtualSchoolController.Line l) -> l.pupil().yearGroup()))
                .and("what", Comparator.comparing(VirtualSchoolController.Line::what));
    }

    static ListPage<VirtualSchool.Pupil> notInEducation(List<VirtualSchool.Pupil> rows, Set<String> hidden,
            Map<String, String> params) {
        return page(notInEducationColumns(hidden), "not-in-education", rows, params);
    }

    static Sorting<VirtualSchool.Pupil> notInEducationColumns(Set<String> hidden) {
        return Sorting.by("since", Comparator.comparing((VirtualSchool.Pupil p) -> p.notInEducation().since()))
                .and("child", byName(p -> p, hidden))
                .and("reason", Comparator.comparing((VirtualSchool.Pupil p) -> p.notInEducation().reason().words()));
    }

    static ListPage<VirtualSchool.Pupil> lowAttendance(List<VirtualSchool.Pupil> rows, Set<String> hidden,
            Map<String, String> params) {
        return page(lowAttendanceColumns(hidden), "low-attendance", rows, params);
    }

    static Sorting<VirtualSchool.Pupil> lowAttendanceColumns(Set<String> hidden) {
        return Sorting.by("attendance", Comparator.comparing((VirtualSchool.Pupil p) -> p.attendance().ratePercent()))
                .and("child", byName(p -> p, hidden))
                .and("school", Comparator.comparing((VirtualSchool.Pupil p) -> p.school() == null ? "\uffff"
                        : p.school().school().name()))
                .andDescending("missed", Comparator.comparing((VirtualSchool.Pupil p) -> p.attendance().missed()));
    }

    static ListPage<VirtualSchoolController.SchoolRow> schools(List<VirtualSchoolController.SchoolRow> rows,
            Map<String, String> params) {
        return page(schoolColumns(), "by-school", rows, params);
    }

    static Sorting<VirtualSchoolController.SchoolRow> schoolColumns() {
        return Sorting.by("school", Comparator.comparing((VirtualSchoolController.SchoolRow r) -> r.school().name()))
                .andDescending("children", Comparator.comparingInt((VirtualSchoolController.SchoolRow r) -> r.figures().children()))
                .and("attendance", Comparator.comparing((VirtualSchoolController.SchoolRow r) -> r.figures().total().ratePercent(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .andDescending("absent", Comparator.comparingInt((VirtualSchoolController.SchoolRow r) -> r.figures().persistentlyAbsent()));
    }

    /** By name, a restricted record (no name shown) after every named one, by its ID. */
    private static <T> Comparator<T> byName(Function<T, VirtualSchool.Pupil> pupil, Set<String> hidden) {
        return Comparator.comparing((T row) -> hidden.contains(pupil.apply(row).childId()))
                .thenComparing(row -> hidden.contains(pupil.apply(row).childId()) ? pupil.apply(row).childId()
                        : pupil.apply(row).name().toLowerCase(Locale.UK));
    }

    /** The table's page: the address's sort, order and page if they are for this table, its own order if not. */
    private static <T> ListPage<T> page(Sorting<T> columns, String table, List<T> rows, Map<String, String> params) {
        boolean asked = table.equals(params.get("table"));
        return columns.page(rows, asked ? params.get("sort") : null, asked ? params.get("order") : null,
                asked ? params.get("page") : null, PATH, Map.of("table", table));
    }
}
