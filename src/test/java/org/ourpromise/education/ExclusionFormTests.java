package org.ourpromise.education;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The exclusion form's checks, hand-worked at their edges (today is Sunday 22 November 2026). */
class ExclusionFormTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final List<SchoolPlacement> AT_SCHOOL = List.of(new SchoolPlacement(1, "C1", "123456",
            LocalDate.of(2025, 9, 3), LocalDate.of(2026, 7, 22), "10", SchoolPlacement.Sen.NONE, false, 0),
            new SchoolPlacement(2, "C1", "654321", LocalDate.of(2026, 9, 2), null, "11", SchoolPlacement.Sen.NONE,
                    false, 0));

    private static Map<String, String> form(String kind, LocalDate started, LocalDate ended, String days) {
        var values = new HashMap<String, String>();
        values.put("kind", kind);
        FormInputDates.put(values, "started", started);
        FormInputDates.put(values, "ended", ended);
        values.put("days", days);
        values.put("reason", "DISRUPTIVE");
        values.put("version", "0");
        return values;
    }

    private static ExclusionForm.Result read(Map<String, String> values) {
        return ExclusionForm.read(values, 0, "C1", TODAY, AT_SCHOOL);
    }

    @Test
    void aHalfDaySuspensionIsSavedAtTheSchoolTheChildWasAtThen() {
        var r = read(form("SUSPENSION", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20), "0.5"));
        assertThat(r.errors()).isEmpty();
        assertThat(r.exclusion().days()).isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(r.exclusion().urn()).isEqualTo("654321");
        assertThat(r.exclusion().reason().code()).isEqualTo("PD");
        // the school left on 22 July 2026 is the one for a suspension on 21 July
        assertThat(read(form("SUSPENSION", LocalDate.of(2026, 7, 21), null, "1")).exclusion().urn()).isEqualTo("123456");
    }

    @Test
    void impossibleFactsAreRefusedFieldByFieldInTheFormsOrder() {
        var r = read(form("SUSPENSION", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 19), "0"));
        assertThat(r.errors()).containsExactly(
                Map.entry("ended", "The last day of the suspension must be the same as or after the first day"),
                Map.entry("days", "The number of school days must be more than 0"));
        assertThat(read(form("SUSPENSION", LocalDate.of(2026, 11, 20), null, "-1")).errors()).containsKey("days");
        assertThat(read(form("SUSPENSION", LocalDate.of(2026, 11, 20), null, "1.25")).errors())
                .containsEntry("days", "The number of school days must be in whole or half days, like 2 or 1.5");
        assertThat(read(form("SUSPENSION", LocalDate.of(2026, 11, 20), null, "45.5")).errors())
                .containsEntry("days", "A suspension can be no more than 45 school days");
        assertThat(read(form("SUSPENSION", LocalDate.of(2026, 11, 23), null, "1")).errors())
                .containsEntry("started", "The first day of the exclusion must be today or in the past");
    }

    @Test
    void aChildOnNoSchoolsRollThenCannotBeExcluded() {
        // the summer holiday between leaving one school (22 July, the day they left) and joining the next
        assertThat(read(form("PERMANENT", LocalDate.of(2026, 7, 22), null, "")).errors())
                .containsEntry("started", "The child was not on the roll of any school on that day: add the school first");
        assertThat(read(form("PERMANENT", LocalDate.of(2026, 9, 2), null, "")).errors()).isEmpty();
    }

    @Test
    void moreDaysThanWorkingDaysBetweenTheDatesIsRefusedAndBankHolidaysAreNotSchoolDays() {
        // Friday 22 May 2026 to Tuesday 26 May: Monday 25 May is the spring bank holiday, so 2 working days
        assertThat(read(form("SUSPENSION", LocalDate.of(2026, 5, 22), LocalDate.of(2026, 5, 26), "2")).errors())
                .isEmpty();
        assertThat(read(form("SUSPENSION", LocalDate.of(2026, 5, 22), LocalDate.of(2026, 5, 26), "2.5")).errors())
                .containsKey("days");
        assertThat(read(form("PERMANENT", LocalDate.of(2026, 5, 22), LocalDate.of(2026, 5, 26), "")).errors())
                .containsEntry("ended", "A permanent exclusion has no last day: leave it blank");
        assertThat(read(form("", null, null, "")).errors().keySet()).containsExactly("kind", "started", "days");
    }

    @Test
    void figuresCountChildrenOnceAndDaysInHalves() {
        var a = new Exclusion(1, "A", Exclusion.Kind.SUSPENSION, LocalDate.of(2026, 9, 1), null, new BigDecimal("1.5"),
                Exclusion.Reason.DAMAGE, null, 0);
        var b = new Exclusion(2, "A", Exclusion.Kind.SUSPENSION, LocalDate.of(2026, 11, 22), null, BigDecimal.ONE,
                Exclusion.Reason.DAMAGE, null, 0);
        var lastYear = new Exclusion(3, "B", Exclusion.Kind.PERMANENT, LocalDate.of(2026, 8, 31), null, null,
                Exclusion.Reason.THEFT, null, 0);
        var f = ExclusionFigures.of(Map.of("A", List.of(a, b), "B", List.of(lastYear)), List.of("A", "B", "C", "D"),
                LocalDate.of(2026, 9, 1), TODAY);
        assertThat(f.suspensions()).isEqualTo(2);
        assertThat(f.daysWords()).isEqualTo("2.5");
        assertThat(f.suspendedShare().words()).isEqualTo("1 of 4 (25.0%)");
        assertThat(f.permanentShare().words()).isEqualTo("0 of 4 (0.0%)");
    }
}
