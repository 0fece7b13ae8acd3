package org.ourpromise.education;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;

/**
 * The Virtual School's headline figures from its cohort, each a count out of a count. Schools count as Good or
 * Outstanding only where their latest inspection gave an overall grade (none since September 2024); pupils whose
 * school has none are counted separately, never as either.
 *
 * @param goodOrOutstanding  statutory school age pupils at a school graded Good or Outstanding overall, of those
 *                           whose school has an overall grade
 * @param noOverallGrade     statutory school age pupils at a school with no overall grade, of those at school
 * @param senSupport         pupils on roll at a school with SEN support, of all on roll
 * @param ehcp               ... with an education, health and care plan
 * @param assessment         ... being assessed for one
 * @param notInEducation     statutory school age pupils not in education today, of all of that age
 * @param belowThreshold     pupils whose attendance this school year is under the Virtual School's threshold, of
 *                           those with attendance
 * @param pepsOverdue        pupils whose PEP is out of date, of those a PEP is due for (ages set for PEPs)
 */
public record VirtualSchoolFigures(Share goodOrOutstanding, Share noOverallGrade, Share senSupport, Share ehcp,
        Share assessment, Share notInEducation, AttendanceFigures attendance, Share belowThreshold, Share pepsOverdue) {

    public static VirtualSchoolFigures of(List<VirtualSchool.Pupil> cohort, int attendanceConcernBelow) {
        long graded = 0;
        long good = 0;
        long ungraded = 0;
        long atSchoolOfAge = 0;
        long onRoll = 0;
        long support = 0;
        long ehcp = 0;
        long assessment = 0;
        long ofAge = 0;
        long missing = 0;
        long pepAge = 0;
        long pepOverdue = 0;
        var sessions = new HashMap<String, Sessions>();
        for (var p : cohort) {
            if (p.school() != null) {
                onRoll++;
                var sen = p.school().placement().sen();
                support += sen == SchoolPlacement.Sen.SEN_SUPPORT ? 1 : 0;
                ehcp += sen == SchoolPlacement.Sen.EHCP ? 1 : 0;
                assessment += p.school().placement().assessmentInProgress() ? 1 : 0;
            }
            if (p.statutorySchoolAge()) {
                ofAge++;
                missing += p.notInEducation() != null ? 1 : 0;
                if (p.school() != null) {
                    atSchoolOfAge++;
                    var grade = p.school().inspection() == null ? java.util.Optional.<Boolean>empty()
                            : p.school().inspection().goodOrOutstanding();
                    if (grade.isPresent()) {
                        graded++;
                        good += grade.get() ? 1 : 0;
                    } else {
                        ungraded++;
                    }
                }
            }
            if (!p.peps().isEmpty()) {
                pepAge++;
                pepOverdue += p.peps().stream().anyMatch(d -> d.status() == org.ourpromise.timescales.DueStatus.OVERDUE)
                        ? 1 : 0;
            }
            sessions.put(p.childId(), p.attendance());
        }
        var attendance = AttendanceFigures.of(sessions);
        var threshold = BigDecimal.valueOf(attendanceConcernBelow);
        long below = attendance.byChild().values().stream().filter(s -> s.ratePercent().compareTo(threshold) < 0)
                .count();
        return new VirtualSchoolFigures(new Share(good, graded), new Share(ungraded, atSchoolOfAge),
                new Share(support, onRoll), new Share(ehcp, onRoll), new Share(assessment, onRoll),
                new Share(missing, ofAge), attendance, new Share(below, attendance.children()),
                new Share(pepOverdue, pepAge));
    }
}
