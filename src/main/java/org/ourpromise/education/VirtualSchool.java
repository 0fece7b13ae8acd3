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
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.EducationEvent;
import org.ourpromise.timescales.DeadlineEngine;
import org.ourpromise.timescales.DeadlineRule;
import org.ourpromise.timescales.DueItem;
import org.ourpromise.timescales.DueStatus;
import org.ourpromise.timescales.TimescaleSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Virtual School's cohort as at a day: every child looked after that day (short breaks aside), with their
 * current school and its latest inspection, SEN provision, any time not in education, this school year's
 * attendance, and their PEP deadlines from the same deadline engine the social worker's worklist uses.
 */
@Service
public class VirtualSchool {

    /** One child of the cohort. {@code yearGroup} is by date of birth (Reception 0, Year 1 1, ..., nursery below 0). */
    public record Pupil(String childId, String name, LocalDate born, int yearGroup,
            @Nullable SchoolAttended school, @Nullable NotInEducation notInEducation, Sessions attendance,
            List<DueItem> peps) {

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
    private final EducationEventRepository events;
    private final SchoolHistory history;
    private final SchoolList schools;
    private final AttendanceStore attendance;
    private final VirtualSchoolSettings settings;
    private final TimescaleSettings timescales;
    private final Clock clock;
    private final DeadlineEngine engine = DeadlineEngine.englandAndWales();

    VirtualSchool(ChildRegister children, CareEpisodes care, EducationEventRepository events,
            SchoolHistory history, SchoolList schools, AttendanceStore attendance, VirtualSchoolSettings settings,
            TimescaleSettings timescales, Clock clock) {
        this.children = children;
        this.care = care;
        this.events = events;
        this.history = history;
        this.schools = schools;
        this.attendance = attendance;
        this.settings = settings;
        this.timescales = timescales;
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
        var peps = events.events(null);
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
            var record = new ChildRecord(id, child.identity(), child.uascUntil(), e.getValue(), List.of(), List.of(),
                    List.of(), List.of(), List.of(), null, null, List.of(), peps.getOrDefault(id, List.<EducationEvent>of()),
                    List.of(), List.of(), List.of());
            var due = engine.dueItems(record, asAt, timescales).stream()
                    .filter(d -> d.rule() == DeadlineRule.PEP_INITIAL || d.rule() == DeadlineRule.PEP_REVIEW)
                    .filter(d -> !d.status().isDone()).toList();
            pupils.add(new Pupil(id, child.identity().givenName() + " " + child.identity().familyName(),
                    child.identity().dateOfBirth(), year.yearGroup(child.identity().dateOfBirth()), current, missing,
                    sessions.getOrDefault(id, Sessions.NONE), due));
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

    static boolean open(DueItem d) {
        return d.status() == DueStatus.DUE || d.status() == DueStatus.OVERDUE;
    }
}
