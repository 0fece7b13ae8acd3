package org.ourpromise.education;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.ChildAccess;
import org.ourpromise.access.PromiseUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The Virtual School Head's worklist: PEPs out of date and due soon, children not in education, attendance under
 * the threshold; with the cohort's figures and attendance by school. The children shown are audited.
 */
@Controller
class VirtualSchoolController {

    /** A line of the worklist: a child and what needs doing, most urgent first. */
    record Line(VirtualSchool.Pupil pupil, String what, LocalDate when, boolean overdue) {
    }

    private final VirtualSchool school;
    private final SchoolList schools;
    private final AuditLog audit;
    private final ChildAccess access;
    private final VirtualSchoolOversight oversight;
    private final PupilPremiumLedger pupilPremium;

    VirtualSchoolController(VirtualSchool school, SchoolList schools, AuditLog audit, ChildAccess access,
            VirtualSchoolOversight oversight, PupilPremiumLedger pupilPremium) {
        this.oversight = oversight;
        this.pupilPremium = pupilPremium;
        this.school = school;
        this.schools = schools;
        this.audit = audit;
        this.access = access;
    }

    @GetMapping("/virtual-school")
    @Transactional
    String worklist(@AuthenticationPrincipal PromiseUser user,
            @org.springframework.web.bind.annotation.RequestParam java.util.Map<String, String> params, Model model) {
        var today = school.today();
        var cohort = school.cohort(today);
        // restricted records not open to the Virtual School are listed as "Restricted" with the child's id only
        var hidden = access.restrictedRecordsHiddenFrom(user);
        var listed = cohort;
        var peps = oversight.pepsDue(listed, today);
        var missing = listed.stream().filter(p -> p.notInEducation() != null)
                .sorted(Comparator.comparing(p -> p.notInEducation().since())).toList();
        var threshold = java.math.BigDecimal.valueOf(school.settings().attendanceConcernBelow());
        var lowAttendance = listed.stream().filter(p -> p.attendance().possible() > 0
                && p.attendance().ratePercent().compareTo(threshold) < 0)
                .sorted(Comparator.comparing(p -> p.attendance().ratePercent())).toList();
        var bySchool = school.attendanceBySchool(cohort, today);
        var schoolNames = schools.all();
        var schoolRows = bySchool.entrySet().stream()
                .sorted(Comparator.comparing(e -> schoolNames.get(e.getKey()).name()))
                .map(e -> new SchoolRow(schoolNames.get(e.getKey()), e.getValue())).toList();
        var unspent = pupilPremium.unspent(today);
        auditShown(hidden, oversight.addTo(model, cohort, today).stream(), peps.stream().map(l -> l.pupil().childId()),
                missing.stream().map(p -> p.childId()), lowAttendance.stream().map(p -> p.childId()),
                unspent.stream().map(u -> u.childId()));
        model.addAttribute("today", today);
        model.addAttribute("year", SchoolYear.of(today));
        model.addAttribute("peps", peps);
        model.addAttribute("restricted", hidden);
        model.addAttribute("missing", missing);
        model.addAttribute("lowAttendance", lowAttendance);
        model.addAttribute("threshold", threshold);
        model.addAttribute("figures", VirtualSchoolFigures.of(cohort, school.settings().attendanceConcernBelow()));
        model.addAttribute("cohortSize", cohort.size());
        model.addAttribute("schools", schoolRows);
        // each table sorted and paged as its own links ask (VirtualSchoolTables)
        model.addAttribute("pepList", VirtualSchoolTables.peps(peps, hidden, params));
        model.addAttribute("missingList", VirtualSchoolTables.notInEducation(missing, hidden, params));
        model.addAttribute("lowAttendanceList", VirtualSchoolTables.lowAttendance(lowAttendance, hidden, params));
        model.addAttribute("schoolList", VirtualSchoolTables.schools(schoolRows, params));
        VirtualSchoolTables.addOversight(model, unspent, hidden, params);
        model.addAttribute("unspent", unspent);
        model.addAttribute("unspentAfterDays", pupilPremium.settings().unspentAfterDays());
        return "education/virtual-school";
    }

    /** The children the page shows, restricted ones aside, recorded with the view. */
    @SafeVarargs
    private void auditShown(java.util.Set<String> hidden, java.util.stream.Stream<String>... lists) {
        var shown = new java.util.TreeSet<String>();
        for (var l : lists) {
            l.forEach(shown::add);
        }
        shown.removeAll(hidden);
        audit.recordShown(AuditLog.Action.VIEW_REPORT, shown, "viewed the Virtual School worklist: " + shown.size()
                + " children: " + shown.stream().collect(Collectors.joining(" ")));
    }

    /** Attendance at one school this school year. */
    record SchoolRow(School school, AttendanceFigures figures) {
    }

}
