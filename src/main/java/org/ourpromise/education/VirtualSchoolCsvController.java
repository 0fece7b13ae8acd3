package org.ourpromise.education;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.ChildAccess;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.lists.CsvTable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Each of the Virtual School worklist's tables as CSV ({@code /virtual-school.csv?table=peps}), the whole
 * table in the order its page showed it. The rows are chosen as on the page ({@link VirtualSchoolController});
 * a restricted record not open to the user is "Restricted" with its ID only, as there. Audited as an export.
 */
@Controller
class VirtualSchoolCsvController {

    private static final String RESTRICTED = "Restricted";

    private final VirtualSchool school;
    private final VirtualSchoolOversight oversight;
    private final SchoolList schools;
    private final AuditLog audit;
    private final ChildAccess access;
    private final PupilPremiumLedger pupilPremium;

    VirtualSchoolCsvController(VirtualSchool school, VirtualSchoolOversight oversight, SchoolList schools, AuditLog audit,
            ChildAccess access, PupilPremiumLedger pupilPremium) {
        this.pupilPremium = pupilPremium;
        this.school = school;
        this.oversight = oversight;
        this.schools = schools;
        this.audit = audit;
        this.access = access;
    }

    @GetMapping("/virtual-school.csv")
    @Transactional
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal PromiseUser user, @RequestParam Map<String, String> params) {
        var today = school.today();
        var cohort = school.cohort(today);
        var hidden = access.restrictedRecordsHiddenFrom(user);
        String table = params.getOrDefault("table", "peps"); // the first table on the page
        @Nullable String sort = params.get("sort");
        @Nullable String order = params.get("order");
        var rows = new ArrayList<List<String>>();
        var children = new ArrayList<String>();
        List<String> header = switch (table) {
            case "peps" -> peps(cohort, hidden, sort, order, rows, children);
            case "not-in-education" -> notInEducation(cohort, hidden, sort, order, rows, children);
            case "low-attendance" -> lowAttendance(cohort, hidden, sort, order, rows, children);
            case "by-school" -> bySchool(cohort, sort, order, rows);
            case "peps-to-rate", "remedial", "excluded", "unspent" ->
                    VirtualSchoolOversightCsv.table(table, cohort, hidden, sort, order, rows, children, oversight,
                            pupilPremium, school.today());
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such table");
        };
        children.removeAll(hidden);
        audit.recordShown(AuditLog.Action.EXPORT, children, "Virtual School worklist CSV (" + table + "): "
                + rows.size() + " rows");
        return CsvTable.download("virtual-school-" + table + "-" + today, header, rows);
    }

    private List<String> peps(List<VirtualSchool.Pupil> cohort, Set<String> hidden, @Nullable String sort,
            @Nullable String order, List<List<String>> rows, List<String> children) {
        var lines = VirtualSchoolTables.pepColumns(hidden)
                .sorted(oversight.pepsDue(cohort, school.today()), sort, order);
        for (var l : lines) {
            var p = l.pupil();
            children.add(p.childId());
            rows.add(List.of(p.childId(), name(p, hidden), String.valueOf(p.yearGroup()), l.what(), l.when().toString(),
                    l.overdue() ? "Yes" : "No"));
        }
        return List.of("Child ID", "Name", "Year group", "What", "Due", "Overdue");
    }

    private static List<String> notInEducation(List<VirtualSchool.Pupil> cohort, Set<String> hidden,
            @Nullable String sort, @Nullable String order, List<List<String>> rows, List<String> children) {
        var missing = cohort.stream().filter(p -> p.notInEducation() != null).toList();
        for (var p : VirtualSchoolTables.notInEducationColumns(hidden).sorted(missing, sort, order)) {
            children.add(p.childId());
            rows.add(List.of(p.childId(), name(p, hidden), p.notInEducation().since().toString(),
                    p.notInEducation().reason().words()));
        }
        return List.of("Child ID", "Name", "Not in education since", "Reason");
    }

    private List<String> lowAttendance(List<VirtualSchool.Pupil> cohort, Set<String> hidden, @Nullable String sort,
            @Nullable String order, List<List<String>> rows, List<String> children) {
        var threshold = BigDecimal.valueOf(school.settings().attendanceConcernBelow());
        var low = cohort.stream().filter(p -> p.attendance().possible() > 0
                && p.attendance().ratePercent().compareTo(threshold) < 0).toList();
        for (var p : VirtualSchoolTables.lowAttendanceColumns(hidden).sorted(low, sort, order)) {
            children.add(p.childId());
            rows.add(List.of(p.childId(), name(p, hidden), p.school() == null ? "" : p.school().school().name(),
                    p.attendance().ratePercent().toPlainString(), p.attendance().missed().toPlainString()));
        }
        return List.of("Child ID", "Name", "School", "Attendance (%)", "Sessions missed");
    }

    private List<String> bySchool(List<VirtualSchool.Pupil> cohort, @Nullable String sort, @Nullable String order,
            List<List<String>> rows) {
        var names = schools.all();
        var schoolRows = school.attendanceBySchool(cohort, school.today()).entrySet().stream()
                .map(e -> new VirtualSchoolController.SchoolRow(names.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing(r -> r.school().name())).toList();
        for (var r : VirtualSchoolTables.schoolColumns().sorted(schoolRows, sort, order)) {
            var rate = r.figures().total().ratePercent();
            rows.add(List.of(r.school().name(), r.school().urn(), String.valueOf(r.figures().children()),
                    rate == null ? "" : rate.toPlainString(), String.valueOf(r.figures().persistentlyAbsent())));
        }
        return List.of("School", "URN", "Children", "Attendance (%)", "Persistently absent");
    }

    private static String name(VirtualSchool.Pupil p, Set<String> hidden) {
        return hidden.contains(p.childId()) ? RESTRICTED : p.name();
    }
}
