package org.ourpromise.home;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.education.VirtualSchool;
import org.ourpromise.education.VirtualSchoolFigures;
import org.ourpromise.health.HealthWorklist;
import org.ourpromise.health.SummaryDue;
import org.ourpromise.ourpromise.Pledge;
import org.ourpromise.ourpromise.PromiseBook;
import org.springframework.stereotype.Service;

/**
 * Home pages of the people outside children's social care who hold a piece of every child's plan: the Virtual
 * School Head, the looked-after children's nurse and an Our Promise partner. Each sees counts of what is out of
 * date and due, read from their room's own lists, and a link to the list itself. No child is named here (their
 * rooms' pages name and audit them), so these pages show no children.
 */
@Service
class ServicesHome {

    private final VirtualSchool school;
    private final HealthWorklist health;
    private final PromiseBook promises;

    ServicesHome(VirtualSchool school, HealthWorklist health, PromiseBook promises) {
        this.school = school;
        this.health = health;
        this.promises = promises;
    }

    /** The three things the Virtual School chases: plans out of date, children out of school, low attendance. */
    HomePage virtualSchool() {
        var today = school.today();
        var cohort = school.cohort(today);
        int threshold = school.settings().attendanceConcernBelow();
        var month = YearMonth.from(today);
        // the Virtual School's own figures (its worklist page shows the same), so each is counted once
        var figures = VirtualSchoolFigures.of(cohort, threshold);
        long pepsOverdue = figures.pepsOverdue().count();
        long notInEducation = figures.notInEducation().count();
        long lowAttendance = figures.belowThreshold().count();
        long pepsDue = cohort.stream().filter(p -> !p.pepOutOfDate() && p.peps().stream()
                .anyMatch(d -> YearMonth.from(d.due()).equals(month))).count();
        var lines = List.of(
                counted(pepsOverdue, "child has a personal education plan out of date",
                        "children have a personal education plan out of date", "/virtual-school", "red"),
                counted(pepsDue, "child has a personal education plan due this month",
                        "children have a personal education plan due this month", "/virtual-school", "orange"),
                counted(notInEducation, "child of school age is not in education",
                        "children of school age are not in education",
                        "/virtual-school", "red"),
                counted(lowAttendance, "child attends less than " + threshold + "% of sessions",
                        "children attend less than " + threshold + "% of sessions",
                        "/virtual-school", "orange"));
        var links = List.of(
                HomeLine.link("The Virtual School worklist", "/virtual-school",
                        "The children behind these counts, most urgent first"),
                HomeLine.link("The Virtual School Head's annual report", "/reports/virtual-school",
                        "Attainment, attendance, exclusions and Pupil Premium Plus"));
        String lead = "First: " + Words.count(pepsOverdue, "personal education plan is", "personal education plans are")
                + " out of date and " + Words.count(notInEducation, "child of school age is", "children of school age are")
                + " not in education, of " + Words.count(cohort.size(), "child", "children") + " in care.";
        return new HomePage(lead, List.of(
                new HomePanel("What needs doing", lines, lines.size(), "", null, null),
                new HomePanel("Your work", links, links.size(), "", null, null)), Set.of());
    }

    /** Each kind of health deadline: how many are overdue and how many fall due this month. */
    HomePage nurse() {
        var today = health.today();
        var month = YearMonth.from(today);
        var overdue = new LinkedHashMap<String, Long>();
        var dueThisMonth = new LinkedHashMap<String, Long>();
        long allOverdue = 0;
        long allDue = 0;
        for (var l : health.open()) {
            String what = l.item().rule().description();
            overdue.putIfAbsent(what, 0L);
            dueThisMonth.putIfAbsent(what, 0L);
            if (l.overdue()) {
                overdue.merge(what, 1L, Long::sum);
                allOverdue++;
            } else if (YearMonth.from(l.item().due()).equals(month)) {
                dueThisMonth.merge(what, 1L, Long::sum);
                allDue++;
            }
        }
        var lines = new ArrayList<HomeLine>();
        overdue.forEach((what, n) -> {
            long due = dueThisMonth.get(what);
            var line = HomeLine.link(what, "/health", n + " overdue; " + due + " due by " + Words.date(month.atEndOfMonth()));
            lines.add(n > 0 ? line.tagged(n + " overdue", "red") : due > 0 ? line.tagged(due + " due this month", "orange")
                    : line);
        });
        var summaries = health.summariesDue();
        var summaryLines = summaryLines(summaries);
        var links = List.of(HomeLine.link("Health assessments, dental checks and SDQs due", "/health",
                "Every looked-after child's health items out of date or due in the next 28 days"));
        String lead = "First: " + Words.count(allOverdue, "health item is", "health items are") + " overdue and "
                + allDue + " fall due by " + Words.date(month.atEndOfMonth()) + "; " + Words.count(summaries.size(),
                "young person is", "young people are") + " due a health summary before their 18th birthday.";
        return new HomePage(lead, List.of(
                new HomePanel("Health assessments and checks", List.copyOf(lines), lines.size(),
                        "No looked-after child has a health item open.", "/health", "The children, by due date"),
                new HomePanel("Health summaries before the 18th birthday", summaryLines, summaryLines.size(), "",
                        null, null),
                new HomePanel("Your work", links, links.size(), "", null, null)), Set.of());
    }

    /** The health summaries before the 18th birthday: the nurse's page lists and counts the same ones. */
    private static List<HomeLine> summaryLines(List<SummaryDue> summaries) {
        long summariesOverdue = summaries.stream().filter(SummaryDue::overdue).count();
        var summaryLine = HomeLine.link(Words.count(summaries.size(), "health summary is", "health summaries are")
                + " due before the 18th birthday", "/health#summaries-due", summariesOverdue + " out of date");
        return List.of(summariesOverdue > 0 ? summaryLine.tagged(summariesOverdue + " overdue", "red")
                : summaries.isEmpty() ? summaryLine : summaryLine.tagged("To do", "orange"));
    }

    /** The partner's own pledges and where each stands with the evidence for the last complete year. */
    HomePage partner(PromiseUser user, LocalDate today) {
        int year = PromiseBook.reportYear(today);
        var due = PromiseBook.evidenceDue(year);
        var pledges = promises.pledges(year, user.username());
        var lines = new ArrayList<HomeLine>();
        long outstanding = 0;
        for (Pledge p : pledges) {
            var line = HomeLine.link(p.text(), "/our-promise/evidence/" + p.id(), null);
            if (p.evidence() != null) {
                lines.add(line.tagged("Evidence sent", "green"));
            } else {
                outstanding++;
                lines.add(today.isAfter(due) ? line.tagged("Evidence overdue", "red")
                        : line.tagged("Evidence due by " + Words.date(due), "orange"));
            }
        }
        var links = List.of(HomeLine.link("Your pledges", "/our-promise", "Your pledges to children in care, and where"
                + " to send your evidence for the year"));
        String yearLabel = (year - 1) + " to " + year;
        String lead = pledges.isEmpty() ? "You have no pledges yet." : outstanding == 0
                ? "Every pledge has its evidence for April " + (year - 1) + " to March " + year + ". Thank you."
                : "First: " + Words.count(outstanding, "pledge needs", "pledges need") + " evidence for April "
                + (year - 1) + " to March " + year + ", " + (today.isAfter(due) ? "which was due on " : "due by ")
                + Words.date(due) + ".";
        return new HomePage(lead, List.of(
                HomePanel.of("Evidence for " + yearLabel, lines, "You have no pledges yet.", "/our-promise",
                        "All your pledges"),
                new HomePanel("Your work", links, links.size(), "", null, null)), Set.of());
    }

    /** "3 children are not in education", tagged when there are any. */
    private static HomeLine counted(long n, String one, String many, String href, String colour) {
        var line = HomeLine.link(Words.count(n, one, many), href, null);
        return n > 0 ? line.tagged("To do", colour) : line;
    }
}
