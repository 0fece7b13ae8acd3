package org.ourpromise.education;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.timescales.WorkingDayCalendar;

/** PEP timeliness worked by hand: working days over bank holidays, term ends on weekends and Good Friday, ages. */
class PepScheduleTests {

    private final PepSchedule schedule = new PepSchedule(PepSettings.defaults(), WorkingDayCalendar.englandAndWales());

    private static List<CareEpisode> inCareFrom(LocalDate start) {
        return List.of(new CareEpisode(start, "S", "C2", "N1", "U1", "PR1", null, null, null, null, null, null));
    }

    private static String line(PepSchedule.Due d) {
        return d.what() + " by " + d.due() + (d.met() == null ? (d.overdue() ? " OVERDUE" : " DUE")
                : d.onTime() ? " met " + d.met() : " LATE " + d.met());
    }

    @Test
    void startedAndInPlaceForTheFirstReviewOverChristmasAndNewYear() {
        // in care Monday 14 December 2026: Christmas Day is a Friday and Boxing Day's holiday is Monday 28th,
        // so the 10th working day is Wednesday 30 December; New Year's Day skipped, the 20th is Thursday 14 January
        var due = schedule.due(LocalDate.of(2015, 1, 1), inCareFrom(LocalDate.of(2026, 12, 14)), List.of(), List.of(),
                LocalDate.of(2027, 1, 20));
        assertThat(due).extracting(PepScheduleTests::line).containsExactly(
                "PEP started after entering care by 2026-12-30 OVERDUE",
                "PEP held in the autumn 2026 term by 2026-12-31 OVERDUE",
                "PEP in place for the first review by 2027-01-14 OVERDUE",
                "PEP held in the spring 2027 term by 2027-03-31 DUE");
    }

    @Test
    void aPepEachTermWithTermEndsOnGoodFridayAndASchoolChange() {
        var peps = List.of(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 3, 28), LocalDate.of(2024, 7, 1),
                LocalDate.of(2024, 12, 2));
        var due = schedule.due(LocalDate.of(2012, 3, 14), inCareFrom(LocalDate.of(2024, 1, 8)),
                List.of(new PepSchedule.Change(LocalDate.of(2024, 9, 2), "change of school")), peps,
                LocalDate.of(2025, 1, 10));
        assertThat(due).extracting(PepScheduleTests::line).containsExactly(
                "PEP started after entering care by 2024-01-22 met 2024-01-15",
                "PEP in place for the first review by 2024-02-05 met 2024-01-15",
                // 31 March 2024 was Easter Sunday and 29 March Good Friday: the spring term's last working day is the 28th
                "PEP held in the spring 2024 term by 2024-03-28 met 2024-01-15",
                "PEP held in the summer 2024 term by 2024-07-31 met 2024-07-01",
                "PEP reviewed after a change of school by 2024-09-16 LATE 2024-12-02",
                "PEP held in the autumn 2024 term by 2024-12-31 met 2024-12-02",
                "PEP held in the spring 2025 term by 2025-03-31 DUE");
    }

    @Test
    void fromTheThirdBirthdayInCareAndASummerTermEndingOnASaturday() {
        // third birthday Saturday 10 February 2024, in care since before it: 10 working days from the birthday
        var due = schedule.due(LocalDate.of(2021, 2, 10), inCareFrom(LocalDate.of(2023, 6, 1)), List.of(),
                List.of(LocalDate.of(2024, 6, 3)), LocalDate.of(2024, 8, 5));
        assertThat(due).extracting(PepScheduleTests::line).containsExactly(
                "PEP started after reaching PEP age in care by 2024-02-23 LATE 2024-06-03",
                "PEP held in the spring 2024 term by 2024-03-28 OVERDUE",
                "PEP held in the summer 2024 term by 2024-07-31 met 2024-06-03");
        // 31 July 2027 is a Saturday: the summer term's PEP is due on Friday 30 July
        var later = schedule.due(LocalDate.of(2021, 2, 10), inCareFrom(LocalDate.of(2023, 6, 1)), List.of(), List.of(),
                LocalDate.of(2027, 7, 20));
        assertThat(later).extracting(PepScheduleTests::line).contains("PEP held in the summer 2027 term by 2027-07-30 DUE");
    }

    @Test
    void nothingFallsDueOnOrAfterTheEighteenthBirthday() {
        // turns 18 on Sunday 15 September 2024, in care from Monday 2 September: the start deadline is the 16th
        assertThat(schedule.due(LocalDate.of(2006, 9, 15), inCareFrom(LocalDate.of(2024, 9, 2)), List.of(), List.of(),
                LocalDate.of(2025, 1, 20))).isEmpty();
        // before the third birthday nothing is due
        assertThat(schedule.due(LocalDate.of(2024, 1, 1), inCareFrom(LocalDate.of(2024, 2, 1)), List.of(), List.of(),
                LocalDate.of(2026, 12, 1))).isEmpty();
    }

    @Test
    void outstandingListsWhatIsMissedOrDueSoonUntilAPepIsHeldSince() {
        // in care Monday 14 December 2026, born 2015: on 20 January 2027 the start (30 December), the autumn term
        // (31 December) and the first review (14 January) are missed; the spring term (31 March) is more than 28 days off
        var asAt = LocalDate.of(2027, 1, 20);
        var due = schedule.due(LocalDate.of(2015, 1, 1), inCareFrom(LocalDate.of(2026, 12, 14)), List.of(), List.of(),
                asAt);
        assertThat(PepSchedule.outstanding(due, List.of(), asAt)).extracting(PepScheduleTests::line).containsExactly(
                "PEP started after entering care by 2026-12-30 OVERDUE",
                "PEP held in the autumn 2026 term by 2026-12-31 OVERDUE",
                "PEP in place for the first review by 2027-01-14 OVERDUE");
        // on 3 March 2027 (28 days before 31 March) the spring term is listed as due
        var march = LocalDate.of(2027, 3, 3);
        var held = List.of(LocalDate.of(2027, 1, 25));
        var later = schedule.due(LocalDate.of(2015, 1, 1), inCareFrom(LocalDate.of(2026, 12, 14)), List.of(), held,
                march);
        // the PEP of 25 January meets the start and first review late and the spring term; the autumn term stays
        // missed, but a PEP has been held since it fell due, so the plan is up to date and nothing is listed
        assertThat(PepSchedule.outstanding(later, held, march)).isEmpty();
        var notYet = schedule.due(LocalDate.of(2015, 1, 1), inCareFrom(LocalDate.of(2026, 12, 14)), List.of(),
                List.of(), march);
        assertThat(PepSchedule.outstanding(notYet, List.of(), march)).extracting(PepScheduleTests::line).contains(
                "PEP held in the spring 2027 term by 2027-03-31 DUE");
        assertThat(PepSchedule.outstanding(notYet, List.of(), march.minusDays(1))).extracting(PepScheduleTests::line)
                .doesNotContain("PEP held in the spring 2027 term by 2027-03-31 DUE");
        // on 1 July 2027 the deadlines missed before 1 January are no longer listed (later ones, also missed, are);
        // the summer term's PEP is due on Friday 30 July (the 31st is a Saturday), 29 days off: not listed yet
        var summer = LocalDate.of(2027, 7, 1);
        assertThat(PepSchedule.outstanding(schedule.due(LocalDate.of(2015, 1, 1),
                inCareFrom(LocalDate.of(2026, 12, 14)), List.of(), List.of(), summer), List.of(), summer))
                .extracting(PepScheduleTests::line).containsExactly(
                        "PEP in place for the first review by 2027-01-14 OVERDUE",
                        "PEP held in the spring 2027 term by 2027-03-31 OVERDUE");
    }
}
