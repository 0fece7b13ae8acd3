package org.ourpromise.education;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.care.CareEpisodes;
import org.ourpromise.children.ChildRegister;
import org.ourpromise.timescales.WorkingDayCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Virtual School's cohort as at a day: every child looked after that day (short breaks aside), with their
 * current school and its latest inspection, SEN provision, any time not in education, this school year's
 * attendance, and their PEPs outstanding by the Virtual School's own schedule ({@link PepSchedule}: termly, for
 * the ages its settings give), so the worklist, its figures and the Virtual School Head's home page count one list.
 */
@Service
public class VirtualSchool {

    /**
     * One child of the cohort. {@code yearGroup} is by date of birth (Reception 0, Year 1 1, ..., nursery below 0).
     * {@code schedule}: every PEP deadline to the day ({@link PepSchedule#due}); {@code peps}: those outstanding
     * ({@link PepSchedule#outstanding}).
     */
    public record Pupil(String childId, String name, LocalDate born, int yearGroup,
            @Nullable SchoolAttended school, @Nullable NotInEducation notInEducation, Sessions attendance,
            List<PepSchedule.Due> schedule, List<PepSchedule.Due> peps) {

        /** Some PEP deadline has fallen to the child by the day: of PEP age in care. */
        public boolean pepAge() {
            return !schedule.isEmpty();
        }

        /** A PEP deadline has passed with no PEP held for it or since. */
        public boolean pepOutOfDate() {
            return peps.stream().anyMatch(PepSchedule.Due::overdue);
        }

        /** Year 1 to Year 11: compulsory school age as schools count it. */
        public boolean statutorySchoolAge() {
            return yearGroup >= 1 && yearGroup <= 11;
        }

        public String yearGroupWords() {
            return yearGroup < 0 ? "Nursery" : yearGroup == 0 ? "Reception" : "Year " + yearGroup;
        }
    }

    private final ChildRegister children;
    private final CareEpisodes care;
    private final PepPlans plans;
    private final SchoolHistory history;
    private final SchoolList schools;
    private final AttendanceStore attendance;
    private final VirtualSchoolSettings settings;
    private final PepSchedule schedule;
    private final Clock clock;

    VirtualSchool(ChildRegister children, CareEpisodes care, PepPlans plans,
            SchoolHistory history, SchoolList schools, AttendanceStore attendance, VirtualSchoolSettings settings,
            PepSettings pepSettings, Clock clock) {
        this.children = children;
        this.care = care;
        this.plans = plans;
        this.history = history;
        this.schools = schools;
        this.attendance = attendance;
        this.settings = settings;
        this.schedule = new PepSchedule(pepSettings, WorkingDayCalendar.englandAndWales());
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public VirtualSchoolSettings settings() {
        return settings;
    }

    /** The cohort looked after on {@code asAt}, in name order. */
    @Transactional(readOnly = true)
    public List<Pupil> cohort(LocalDate asAt) {
        var episodes = care.byChild(null);
        var register = children.children(null);
        var placements = history.placements(null);
        var spells = history.notInEducation(null);
        var peps = plans.byChild(null);
        var inspections = schools.latestInspections();
        var schoolList = schools.all();
        var year = SchoolYear.of(asAt);
        var sessions = attendance.byChild(year.first(), asAt, null);
        var pupils = new ArrayList<Pupil>();
        for (var e : episodes.entrySet()) {
            if (e.getValue().stream().noneMatch(ep -> ep.isOpenAt(asAt) && !ep.isShortBreak())) {
                continue;
            }
            var child = register.get(e.getKey());
            String id = e.getKey();
            var current = placements.getOrDefault(id, List.of()).stream().filter(p -> p.isCurrentOn(asAt))
                    .max(Comparator.comparing(SchoolPlacement::started)).map(p -> {
                        var school = schoolList.get(p.urn());
                        return new SchoolAttended(p, school, inspections.get(p.urn()),
                                school.inCounty(settings.localAuthority()), true);
                    }).orElse(null);
            var missing = spells.getOrDefault(id, List.of()).stream().filter(s -> s.isCurrentOn(asAt)).findFirst()
                    .orElse(null);
            var held = peps.getOrDefault(id, List.of()).stream().map(Pep::held).toList();
            var due = schedule.due(child.identity().dateOfBirth(), e.getValue(),
                    changes(e.getValue(), placements.getOrDefault(id, List.of())), held, asAt);
            pupils.add(new Pupil(id, child.identity().givenName() + " " + child.identity().familyName(),
                    child.identity().dateOfBirth(), year.yearGroup(child.identity().dateOfBirth()), current, missing,
                    sessions.getOrDefault(id, Sessions.NONE), due,
                    PepSchedule.outstanding(due, held, asAt)));
        }
        pupils.sort(Comparator.comparing(Pupil::name).thenComparing(Pupil::childId));
        return pupils;
    }

    /** This school year's attendance of the cohort's children by school (URN), to {@code asAt}. */
    @Transactional(readOnly = true)
    public Map<String, AttendanceFigures> attendanceBySchool(List<Pupil> cohort, LocalDate asAt) {
        var ids = new java.util.HashSet<String>();
        cohort.forEach(p -> ids.add(p.childId()));
        var out = new HashMap<String, AttendanceFigures>();
        attendance.bySchool(SchoolYear.of(asAt).first(), asAt).forEach((urn, byChild) -> {
            var mine = new HashMap<String, Sessions>(byChild);
            mine.keySet().retainAll(ids);
            if (!mine.isEmpty()) {
                out.put(urn, AttendanceFigures.of(mine));
            }
        });
        return out;
    }

    /** Changes of school (each school joined) and of carer (episodes for a new placement, RNE P or B). */
    static List<PepSchedule.Change> changes(List<org.ourpromise.record.CareEpisode> episodes,
            List<SchoolPlacement> schools) {
        var out = new ArrayList<PepSchedule.Change>();
        schools.forEach(s -> out.add(new PepSchedule.Change(s.started(), "change of school")));
        episodes.stream().filter(e -> "P".equals(e.reasonNewEpisode()) || "B".equals(e.reasonNewEpisode()))
                .forEach(e -> out.add(new PepSchedule.Change(e.started(), "change of placement")));
        return out;
    }
}
