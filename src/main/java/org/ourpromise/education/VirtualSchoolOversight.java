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
 * permanent exclusions this school year, child by child. Drawn by {@code education/virtual-school-oversight};
 * the worklist audits the children this adds.
 */
@Service
class VirtualSchoolOversight {

    /** A child of the cohort with an exclusion that began this school year. */
    record ExcludedPupil(VirtualSchool.Pupil pupil, ExclusionFigures figures) {
    }

    private final Exclusions exclusions;

    VirtualSchoolOversight(Exclusions exclusions) {
        this.exclusions = exclusions;
    }

    /** Adds the oversight tables to the worklist's model; the ids of the children they show, to audit. */
    @Transactional(readOnly = true)
    Set<String> addTo(Model model, List<VirtualSchool.Pupil> cohort, LocalDate today) {
        var year = SchoolYear.of(today);
        var all = exclusions.byChild(null);
        var ids = cohort.stream().map(VirtualSchool.Pupil::childId).toList();
        var excluded = cohort.stream()
                .map(p -> new ExcludedPupil(p, ExclusionFigures.of(all, List.of(p.childId()), year.first(), today)))
                .filter(x -> x.figures().suspensions() + x.figures().permanent() > 0)
                .sorted(Comparator.comparing((ExcludedPupil x) -> x.figures().permanent()).reversed()
                        .thenComparing(x -> x.figures().suspensionDays(), Comparator.reverseOrder())
                        .thenComparing(x -> x.pupil().name()))
                .toList();
        model.addAttribute("exclusionFigures", ExclusionFigures.of(all, ids, year.first(), today));
        model.addAttribute("excluded", excluded);
        var shown = new TreeSet<String>();
        excluded.forEach(x -> shown.add(x.pupil().childId()));
        return shown;
    }
}
