package org.ourpromise.education;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * What the Virtual School Head oversees beyond the worklist's first tables: the cohort's suspensions and
 * permanent exclusions this school year, child by child; PEPs waiting for a quality rating and remedial actions due. Drawn by {@code education/virtual-school-oversight};
 * the worklist audits the children this adds.
 */
@Service
class VirtualSchoolOversight {

    /** A child of the cohort with an exclusion that began this school year. */
    record ExcludedPupil(VirtualSchool.Pupil pupil, ExclusionFigures figures) {
    }

    /** A PEP on the worklist with its child. */
    record PepLine(VirtualSchool.Pupil pupil, Pep pep) {
    }

    private final Exclusions exclusions;
    private final PepPlans plans;

    VirtualSchoolOversight(Exclusions exclusions, PepPlans plans) {
        this.exclusions = exclusions;
        this.plans = plans;
    }

    /**
     * The PEPs out of date, and those due within {@link PepSchedule#DUE_WITHIN_DAYS} days, by the Virtual School's
     * schedule (each pupil's {@link VirtualSchool.Pupil#peps()}): most urgent first.
     */
    List<VirtualSchoolController.Line> pepsDue(List<VirtualSchool.Pupil> cohort, LocalDate today) {
        var lines = new java.util.ArrayList<VirtualSchoolController.Line>();
        for (var p : cohort) {
            p.peps().forEach(d -> lines.add(new VirtualSchoolController.Line(p, d.what(), d.due(), d.overdue())));
        }
        lines.sort(Comparator.comparing(VirtualSchoolController.Line::when).thenComparing(l -> l.pupil().name()));
        return lines;
    }

    /** Adds the oversight tables to the worklist's model; the ids of the children they show, to audit. */
    @Transactional(readOnly = true)
    Set<String> addTo(Model model, List<VirtualSchool.Pupil> cohort, LocalDate today) {
        var year = SchoolYear.of(today);
        var all = exclusions.byChild(null);
        var ids = cohort.stream().map(VirtualSchool.Pupil::childId).toList();
        var excluded = excluded(all, cohort, today);
        model.addAttribute("exclusionFigures", ExclusionFigures.of(all, ids, year.first(), today));
        model.addAttribute("excluded", excluded);
        var shown = new TreeSet<String>();
        excluded.forEach(x -> shown.add(x.pupil().childId()));
        var quality = pepQuality(cohort, today);
        var awaiting = pepLines(cohort, quality.awaitingRating());
        var remedial = pepLines(cohort, quality.remedialDue());
        model.addAttribute("pepQuality", quality);
        model.addAttribute("pepsToRate", awaiting);
        model.addAttribute("remedialDue", remedial);
        awaiting.forEach(l -> shown.add(l.pupil().childId()));
        remedial.forEach(l -> shown.add(l.pupil().childId()));
        return shown;
    }

    /** The cohort's children suspended or excluded this school year: most permanent exclusions, then days, first. */
    @Transactional(readOnly = true)
    List<ExcludedPupil> excluded(List<VirtualSchool.Pupil> cohort, LocalDate today) {
        return excluded(exclusions.byChild(null), cohort, today);
    }

    private static List<ExcludedPupil> excluded(java.util.Map<String, List<Exclusion>> all,
            List<VirtualSchool.Pupil> cohort, LocalDate today) {
        var year = SchoolYear.of(today);
        return cohort.stream()
                .map(p -> new ExcludedPupil(p, ExclusionFigures.of(all, List.of(p.childId()), year.first(), today)))
                .filter(x -> x.figures().suspensions() + x.figures().permanent() > 0)
                .sorted(Comparator.comparing((ExcludedPupil x) -> x.figures().permanent()).reversed()
                        .thenComparing(x -> x.figures().suspensionDays(), Comparator.reverseOrder())
                        .thenComparing(x -> x.pupil().name()))
                .toList();
    }

    /** This school year's PEP quality: the figures, the PEPs waiting for a rating and the remedial actions due. */
    @Transactional(readOnly = true)
    PepQualityFigures pepQuality(List<VirtualSchool.Pupil> cohort, LocalDate today) {
        var ids = cohort.stream().map(VirtualSchool.Pupil::childId).toList();
        return PepQualityFigures.of(plans.byChild(null), ids, SchoolYear.of(today).first(), today);
    }

    /** The PEPs with their children from the cohort. */
    static List<PepLine> pepLines(List<VirtualSchool.Pupil> cohort, List<Pep> peps) {
        var byId = new java.util.HashMap<String, VirtualSchool.Pupil>();
        cohort.forEach(p -> byId.put(p.childId(), p));
        return peps.stream().map(p -> new PepLine(byId.get(p.childId()), p)).toList();
    }
}
