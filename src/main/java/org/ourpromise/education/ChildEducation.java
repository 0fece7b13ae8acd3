package org.ourpromise.education;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One child's education record as a page shows it, as at today. The caller checks access and audits. */
@Service
class ChildEducation {

    /** A school placement with its school, latest inspection and whether the school is in county. */
    record SchoolLine(SchoolPlacement placement, School school, @Nullable Inspection inspection, boolean inCounty,
            boolean current) {

        public String yearGroupNow(LocalDate today) {
            return SchoolPlacement.yearGroupWords(placement.yearGroupOn(
                    placement.ended() == null || placement.ended().isAfter(today) ? today : placement.ended()));
        }
    }

    /** The page: schools newest first, times not in education, and today's date. */
    record View(List<SchoolLine> schools, List<NotInEducation> notInEducation, LocalDate today,
            @Nullable SchoolLine current, @Nullable NotInEducation missingNow) {
    }

    private final SchoolHistory history;
    private final SchoolList schools;
    private final VirtualSchoolSettings settings;
    private final Clock clock;

    ChildEducation(SchoolHistory history, SchoolList schools, VirtualSchoolSettings settings, Clock clock) {
        this.history = history;
        this.schools = schools;
        this.settings = settings;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    View of(String childId) {
        var today = today();
        var inspections = schools.latestInspections();
        var lines = history.placements(childId).getOrDefault(childId, List.of()).stream()
                .map(p -> {
                    var school = schools.find(p.urn()).orElseThrow();
                    return new SchoolLine(p, school, inspections.get(p.urn()), school.inCounty(settings.localAuthority()),
                            p.isCurrentOn(today));
                })
                .sorted(java.util.Comparator.comparing((SchoolLine l) -> l.placement().started()).reversed())
                .toList();
        var spells = new java.util.ArrayList<>(history.notInEducation(childId).getOrDefault(childId, List.of()));
        java.util.Collections.reverse(spells);
        return new View(lines, spells, today, lines.stream().filter(SchoolLine::current).findFirst().orElse(null),
                spells.stream().filter(s -> s.isCurrentOn(today)).findFirst().orElse(null));
    }
}
