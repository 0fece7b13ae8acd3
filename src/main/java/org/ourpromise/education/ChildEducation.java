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

    /** The page: schools newest first, times not in education, and today's date. */
    record View(List<SchoolAttended> schools, List<NotInEducation> notInEducation, LocalDate today,
            @Nullable SchoolAttended current, @Nullable NotInEducation missingNow, SchoolYear year, Sessions attendance) {
    }

    private final SchoolHistory history;
    private final SchoolList schools;
    private final VirtualSchoolSettings settings;
    private final AttendanceStore attendance;
    private final Clock clock;

    ChildEducation(SchoolHistory history, SchoolList schools, VirtualSchoolSettings settings, AttendanceStore attendance,
            Clock clock) {
        this.attendance = attendance;
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
                    return new SchoolAttended(p, school, inspections.get(p.urn()), school.inCounty(settings.localAuthority()),
                            p.isCurrentOn(today));
                })
                .sorted(java.util.Comparator.comparing((SchoolAttended l) -> l.placement().started()).reversed())
                .toList();
        var spells = new java.util.ArrayList<>(history.notInEducation(childId).getOrDefault(childId, List.of()));
        java.util.Collections.reverse(spells);
        return new View(lines, spells, today, lines.stream().filter(SchoolAttended::current).findFirst().orElse(null),
                spells.stream().filter(s -> s.isCurrentOn(today)).findFirst().orElse(null), SchoolYear.of(today),
                attendance.byChild(SchoolYear.of(today).first(), today, childId).getOrDefault(childId, Sessions.NONE));
    }
}
