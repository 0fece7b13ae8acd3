package org.ourpromise.education;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.function.Predicate;

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
 * @param pepsOverdue        pupils with a PEP out of date ({@link VirtualSchool.Pupil#pepOutOfDate()}), of those of PEP
 *                           age in care (the ages the PEP settings give)
 */
public record VirtualSchoolFigures(Share goodOrOutstanding, Share noOverallGrade, Share senSupport, Share ehcp,
        Share assessment, Share notInEducation, AttendanceFigures attendance, Share belowThreshold, Share pepsOverdue) {

    /** The children behind a figure: those counted, of those it is out of (both sorted by child id). */
    public record Children(List<String> counted, List<String> of) {

        public Share share() {
            return new Share(counted.size(), of.size());
        }
    }

    /** Statutory school age pupils at a school graded Good or Outstanding, of those whose school has an overall grade. */
    public static Children goodOrOutstanding(List<VirtualSchool.Pupil> cohort) {
        var graded = cohort.stream().filter(p -> p.statutorySchoolAge() && p.school() != null
                && p.school().inspection() != null && p.school().inspection().goodOrOutstanding().isPresent()).toList();
        return children(graded, p -> p.school().inspection().goodOrOutstanding().orElse(false));
    }

    /** Pupils on roll at a school with an education, health and care plan, of all on roll. */
    public static Children withEhcp(List<VirtualSchool.Pupil> cohort) {
        return children(cohort.stream().filter(p -> p.school() != null).toList(),
                p -> p.school().placement().sen() == SchoolPlacement.Sen.EHCP);
    }

    private static Children children(List<VirtualSchool.Pupil> of, Predicate<VirtualSchool.Pupil> counted) {
        return new Children(of.stream().filter(counted).map(VirtualSchool.Pupil::childId).sorted().toList(),
                of.stream().map(VirtualSchool.Pupil::childId).sorted().toList());
    }

    public static VirtualSchoolFigures of(List<VirtualSchool.Pupil> cohort, int attendanceConcernBelow) {
        var onRoll = cohort.stream().filter(p -> p.school() != null).toList();
        var ofAge = cohort.stream().filter(VirtualSchool.Pupil::statutorySchoolAge).toList();
        var ofAgeAtSchool = ofAge.stream().filter(p -> p.school() != null).toList();
        var good = goodOrOutstanding(cohort).share();
        long graded = good.of();
        var dueAPep = cohort.stream().filter(VirtualSchool.Pupil::pepAge).toList();
        var sessions = new HashMap<String, Sessions>();
        cohort.forEach(p -> sessions.put(p.childId(), p.attendance()));
        var attendance = AttendanceFigures.of(sessions);
        var threshold = BigDecimal.valueOf(attendanceConcernBelow);
        long below = attendance.byChild().values().stream().filter(s -> s.ratePercent().compareTo(threshold) < 0)
                .count();
        return new VirtualSchoolFigures(good,
                new Share(ofAgeAtSchool.size() - graded, ofAgeAtSchool.size()),
                share(onRoll, p -> p.school().placement().sen() == SchoolPlacement.Sen.SEN_SUPPORT),
                withEhcp(cohort).share(),
                share(onRoll, p -> p.school().placement().assessmentInProgress()),
                share(ofAge, p -> p.notInEducation() != null), attendance, new Share(below, attendance.children()),
                share(dueAPep, VirtualSchool.Pupil::pepOutOfDate));
    }

    private static Share share(List<VirtualSchool.Pupil> of, Predicate<VirtualSchool.Pupil> counted) {
        return new Share(of.stream().filter(counted).count(), of.size());
    }
}
