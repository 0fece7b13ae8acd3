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

    static Sorting<VirtualSchoolOversight.PepLine> pepsToRateColumns(Set<String> hidden) {
        return Sorting.by("held", Comparator.comparing((VirtualSchoolOversight.PepLine l) -> l.pep().held()))
                .and("child", byName(VirtualSchoolOversight.PepLine::pupil, hidden))
                .and("written", Comparator.comparing((VirtualSchoolOversight.PepLine l) -> l.pep().content() != null));
    }

    static Sorting<VirtualSchoolOversight.PepLine> remedialColumns(Set<String> hidden) {
        return Sorting.by("due", Comparator.comparing((VirtualSchoolOversight.PepLine l) -> l.pep().quality().remedialBy(),
                        Comparator.nullsLast(Comparator.<java.time.LocalDate>naturalOrder())))
                .and("child", byName(VirtualSchoolOversight.PepLine::pupil, hidden))
                .and("rating", Comparator.comparing((VirtualSchoolOversight.PepLine l) -> l.pep().quality().rating().words()))
                .and("action", Comparator.comparing((VirtualSchoolOversight.PepLine l) ->
                        String.valueOf(l.pep().quality().remedialAction()).toLowerCase(Locale.UK)));
    }

    /** Most permanent exclusions first, then most days suspended (the list's own order among equals). */
    static Sorting<VirtualSchoolOversight.ExcludedPupil> excludedColumns(Set<String> hidden) {
        return Sorting.byDescending("permanent", Comparator.comparingInt(
                        (VirtualSchoolOversight.ExcludedPupil x) -> x.figures().permanent())
                        .thenComparing(x -> x.figures().suspensionDays()))
                .and("child", byName(VirtualSchoolOversight.ExcludedPupil::pupil, hidden))
                .and("year", Comparator.comparingInt((VirtualSchoolOversight.ExcludedPupil x) -> x.pupil().yearGroup()))
                .andDescending("suspensions", Comparator.comparingInt(
                        (VirtualSchoolOversight.ExcludedPupil x) -> x.figures().suspensions()))
                .andDescending("days", Comparator.comparing(
                        (VirtualSchoolOversight.ExcludedPupil x) -> x.figures().suspensionDays()));
    }

    /** Most left first (the ledger's own order); never paid before the oldest payment. */
    static Sorting<PupilPremiumLedger.Unspent> unspentColumns(Set<String> hidden) {
        return Sorting.byDescending("left", Comparator.comparing((PupilPremiumLedger.Unspent u) -> u.allocation().left()))
                .and("child", Comparator.comparing((PupilPremiumLedger.Unspent u) -> hidden.contains(u.childId()))
                        .thenComparing(u -> hidden.contains(u.childId()) ? u.childId() : u.name().toLowerCase(Locale.UK)))
                .and("paid", Comparator.comparing(PupilPremiumLedger.Unspent::lastPaid,
                        Comparator.nullsFirst(Comparator.<java.time.LocalDate>naturalOrder())));
    }

    /** The oversight tables' pages, from the lists {@link VirtualSchoolOversight#addTo} put in the model. */
    @SuppressWarnings("unchecked")
    static void addOversight(org.springframework.ui.Model model, List<PupilPremiumLedger.Unspent> unspent,
            Set<String> hidden, Map<String, String> params) {
        var m = model.asMap();
        model.addAttribute("pepsToRateList", page(pepsToRateColumns(hidden), "peps-to-rate",
                (List<VirtualSchoolOversight.PepLine>) m.get("pepsToRate"), params));
        model.addAttribute("remedialList", page(remedialColumns(hidden), "remedial",
                (List<VirtualSchoolOversight.PepLine>) m.get("remedialDue"), params));
        model.addAttribute("excludedList", page(excludedColumns(hidden), "excluded",
                (List<VirtualSchoolOversight.ExcludedPupil>) m.get("excluded"), params));
        model.addAttribute("unspentList", page(unspentColumns(hidden), "unspent", unspent, params));
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
