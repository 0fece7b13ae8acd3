package org.ourpromise.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ourpromise.education.AttendanceStore;
import org.ourpromise.education.Inspection;
import org.ourpromise.education.NotInEducation;
import org.ourpromise.education.School;
import org.ourpromise.education.SchoolHistory;
import org.ourpromise.education.SchoolList;
import org.ourpromise.education.SchoolPlacement;
import org.ourpromise.education.SchoolYear;
import org.ourpromise.education.VirtualSchoolSettings;
import org.ourpromise.record.ChildRecord;
import org.springframework.stereotype.Component;

/**
 * The demo council's schools and the Virtual School's record, from a random stream of its own: schools in and out
 * of county with Ofsted inspections (graded before September 2024, no overall grade after), each child of school
 * age looked after today on roll at one with their SEN provision, a few not in education, and this school year's
 * weekly attendance as a provider would supply it.
 */
@Component
class DemoVirtualSchool {

    private static final String[] PLACES = {"Ashby", "Brook", "Castle", "Dale", "Elm", "Fairfield", "Glen", "Hill",
        "Kirby", "Long", "Market", "North", "Oak", "Park", "Queens", "River", "Stone", "Thorn", "Vale", "West"};
    private static final String[] OTHER_AUTHORITIES = {"Northshire", "Leicester City", "Rutland", "Nottingham"};
    private static final String[] GRADES = {"Outstanding", "Good", "Requires improvement", "Inadequate"};
    private static final LocalDate NO_OVERALL_GRADE_FROM = LocalDate.of(2024, 9, 1);

    private final SchoolList schools;
    private final SchoolHistory history;
    private final AttendanceStore attendance;
    private final VirtualSchoolSettings settings;
    private final DemoVirtualSchoolRecord record;

    DemoVirtualSchool(SchoolList schools, SchoolHistory history, AttendanceStore attendance,
            VirtualSchoolSettings settings, DemoVirtualSchoolRecord record) {
        this.record = record;
        this.schools = schools;
        this.history = history;
        this.attendance = attendance;
        this.settings = settings;
    }

    void add(List<ChildRecord> council, LocalDate today, long seed) {
        var random = new Random(seed ^ 0x5C4001L);
        var primary = schools(random, "Primary", 40, 100_000, today);
        var secondary = schools(random, "Secondary", 18, 130_000, today);
        var special = schools(random, "Special", 6, 140_000, today);
        var year = SchoolYear.of(today);
        var weeks = new ArrayList<AttendanceStore.Week>();
        for (var child : council) {
            if (child.episodes().stream().noneMatch(e -> e.isOpenAt(today) && !e.isShortBreak())) {
                continue;
            }
            int group = year.yearGroup(child.dateOfBirth());
            if (group < 0 || group > 13) {
                continue;
            }
            if (group >= 1 && group <= 11 && random.nextDouble() < 0.02) {
                history.add(new NotInEducation(0, child.childId(), today.minusDays(7 + random.nextInt(60)), null,
                        NotInEducation.Reason.values()[random.nextInt(NotInEducation.Reason.values().length)], 0),
                        "demo");
                continue;
            }
            double sen = random.nextDouble();
            var provision = sen < 0.28 ? SchoolPlacement.Sen.EHCP : sen < 0.51 ? SchoolPlacement.Sen.SEN_SUPPORT
                    : SchoolPlacement.Sen.NONE;
            var pool = provision == SchoolPlacement.Sen.EHCP && random.nextDouble() < 0.4 ? special
                    : group <= 6 ? primary : secondary;
            var school = pool.get(random.nextInt(pool.size()));
            int yearsAgo = Math.min(group, random.nextInt(3));
            var started = year.first().minusYears(yearsAgo).plusDays(2);
            history.add(new SchoolPlacement(0, child.childId(), school.urn(), started, null,
                    SchoolPlacement.YEAR_GROUPS.get(2 + group - yearsAgo), provision,
                    provision != SchoolPlacement.Sen.EHCP && random.nextDouble() < 0.06, 0), "demo");
            addWeeks(weeks, child.childId(), year.first(), today, random);
        }
        attendance.addWeeks(weeks);
        record.add(today, seed);
    }

    /** Most children attend well; some are often absent, a few rarely there. */
    private static void addWeeks(List<AttendanceStore.Week> weeks, String childId, LocalDate from, LocalDate today,
            Random random) {
        double u = random.nextDouble();
        double usual = u < 0.7 ? 0.95 : u < 0.93 ? 0.87 : 0.65;
        var monday = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        for (; monday.plusDays(4).isBefore(today); monday = monday.plusWeeks(1)) {
            if (monday.getMonthValue() == 10 && monday.getDayOfMonth() >= 21) {
                continue; // October half term
            }
            int attended = 0;
            for (int s = 0; s < 10; s++) {
                attended += random.nextDouble() < usual ? 1 : 0;
            }
            weeks.add(new AttendanceStore.Week(childId, monday, 10, attended));
        }
    }

    private List<School> schools(Random random, String phase, int count, int firstUrn, LocalDate today) {
        var made = new ArrayList<School>();
        var inspections = new ArrayList<Inspection>();
        for (int i = 0; i < count; i++) {
            String authority = random.nextDouble() < 0.8 ? settings.localAuthority()
                    : OTHER_AUTHORITIES[random.nextInt(OTHER_AUTHORITIES.length)];
            var school = new School(String.valueOf(firstUrn + i * 7 + random.nextInt(7)),
                    PLACES[random.nextInt(PLACES.length)] + " " + PLACES[random.nextInt(PLACES.length)] + " "
                            + (phase.equals("Special") ? "School" : phase.equals("Primary") ? "Primary School" : "Academy"),
                    phase, authority);
            made.add(school);
            var inspected = today.minusDays(60 + random.nextInt(6 * 365));
            double g = random.nextDouble();
            String grade = GRADES[g < 0.17 ? 0 : g < 0.85 ? 1 : g < 0.96 ? 2 : 3];
            inspections.add(inspected.isBefore(NO_OVERALL_GRADE_FROM)
                    ? new Inspection(school.urn(), inspected, grade, grade, grade, grade, grade)
                    : new Inspection(school.urn(), inspected, null, grade, "Good", grade, "Good"));
        }
        schools.addAll(made, inspections, "demo data");
        return made;
    }
}
