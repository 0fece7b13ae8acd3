package org.ourpromise.reports.virtualschool;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.StaleEdit;
import org.ourpromise.education.AttainmentCohort;
import org.ourpromise.education.SchoolList;
import org.ourpromise.education.SchoolYear;
import org.ourpromise.education.VirtualSchool;
import org.ourpromise.education.VirtualSchoolFigures;
import org.ourpromise.education.VirtualSchoolNarrative;
import org.ourpromise.reports.ReportRenderer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Virtual School Head's annual report for the current school year, as a page and as PDF (the same figures and
 * charts; the PDF through the report engine), and the Head's form for its narrative.
 */
@Controller
class VirtualSchoolReportController {

    private final VirtualSchool school;
    private final SchoolList schools;
    private final VirtualSchoolNarrative narratives;
    private final AuditLog audit;
    private final AttainmentCohort attainment;

    VirtualSchoolReportController(VirtualSchool school, SchoolList schools, VirtualSchoolNarrative narratives,
            AuditLog audit, AttainmentCohort attainment) {
        this.attainment = attainment;
        this.school = school;
        this.schools = schools;
        this.narratives = narratives;
        this.audit = audit;
    }

    @GetMapping("/reports/virtual-school")
    @Transactional
    String page(Model model) {
        model.addAttribute("report", report());
        audit.record(AuditLog.Action.VIEW_REPORT, null, "viewed the Virtual School Head's annual report");
        return "reports/virtual-school";
    }

    @GetMapping("/reports/virtual-school.pdf")
    @Transactional
    ResponseEntity<byte[]> pdf() {
        var report = report();
        audit.record(AuditLog.Action.EXPORT, null, "downloaded the Virtual School Head's annual report as PDF");
        var pdf = ReportRenderer.pdf("reports/virtual-school-print", Map.of("report", report), report.title());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"virtual-school-report-"
                        + report.year().startYear() + ".pdf\"").body(pdf);
    }

    @GetMapping("/reports/virtual-school/narrative")
    String narrativeForm(Model model) {
        var year = SchoolYear.of(school.today());
        var written = narratives.of(year);
        var values = new HashMap<String, String>();
        values.put("text", written.map(VirtualSchoolNarrative.Written::text).orElse(""));
        values.put("version", String.valueOf(written.map(VirtualSchoolNarrative.Written::version).orElse(-1)));
        return narrativeForm(model, year, values, Map.of());
    }

    @PostMapping("/reports/virtual-school/narrative")
    @Transactional
    String saveNarrative(@AuthenticationPrincipal PromiseUser user, @RequestParam Map<String, String> params,
            Model model) {
        var year = SchoolYear.of(school.today());
        String text = params.getOrDefault("text", "").strip();
        int version = StaleEdit.versionOf(params.get("version"));
        var errors = new HashMap<String, String>();
        if (text.isEmpty()) {
            errors.put("text", "Write the narrative");
        } else if (text.length() > VirtualSchoolNarrative.MAX_LENGTH) {
            errors.put("text", "The narrative must be " + String.format("%,d", VirtualSchoolNarrative.MAX_LENGTH)
                    + " characters or fewer (it is " + String.format("%,d", text.length()) + ")");
        } else if (!narratives.save(year, text, version, user.username())) {
            var now = narratives.of(year);
            var stale = new StaleEdit(now.map(VirtualSchoolNarrative.Written::version).orElse(StaleEdit.NONE))
                    .compare("Narrative", now.map(VirtualSchoolNarrative.Written::text).orElse(""), text);
            stale.show(model, errors, "text");
            var values = new HashMap<>(params);
            values.put("version", String.valueOf(stale.version()));
            return narrativeForm(model, year, values, errors);
        }
        if (!errors.isEmpty()) {
            return narrativeForm(model, year, params, errors);
        }
        audit.record(AuditLog.Action.EDIT_REPORT, null, "Virtual School Head's report " + year.words()
                + ": narrative saved (" + text.getBytes(StandardCharsets.UTF_8).length + " bytes)");
        return "redirect:/reports/virtual-school";
    }

    private String narrativeForm(Model model, SchoolYear year, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("year", year);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "reports/virtual-school-narrative";
    }

    private VirtualSchoolReport report() {
        var today = school.today();
        var year = SchoolYear.of(today);
        var cohort = school.cohort(today);
        var figures = VirtualSchoolFigures.of(cohort, school.settings().attendanceConcernBelow());
        return VirtualSchoolReport.of(year, today, cohort, figures, school.attendanceBySchool(cohort, today),
                schools.all(), narratives.of(year).map(VirtualSchoolNarrative.Written::text).orElse(null),
                attainment.figures(attainment.lastWithResults()));
    }
}
