package org.ourpromise.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.ourpromise.casefile.FormsOffered.Form;
import org.ourpromise.casefile.FormsOffered.Standing;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.ChildRecords;

/** The forms a record offers first, worked by hand at the edges of age and standing. */
class FormsOfferedTests {

    private static final LocalDate FAR = LocalDate.of(2099, 1, 1);

    @Test
    void aFourteenYearOldInCareIsOfferedCareFormsAndNoCareLeaverContact() {
        var child = child(LocalDate.of(2012, 1, 1), LocalDate.of(2020, 5, 1), null);
        var choice = FormsOffered.of(child, LocalDate.of(2026, 11, 22), FAR);
        assertThat(choice.standing()).isEqualTo(Standing.IN_CARE);
        assertThat(paths(choice.offered())).containsExactly("visit", "placement-change", "legal-status", "period-end",
                "review", "review-sent", "plan", "health-assessment", "pep", "missing-episode", "missing-return",
                "visits-plan");
        assertThat(paths(choice.other())).containsExactly("period-start", "care-leaver-contact",
                "leaving-care-entitlement");
    }

    @Test
    void theBasisOfLeavingCareSupportIsOfferedFromTheSixteenthBirthday() {
        var child = child(LocalDate.of(2010, 6, 15), LocalDate.of(2020, 5, 1), null);
        assertThat(paths(FormsOffered.of(child, LocalDate.of(2026, 6, 14), FAR).offered()))
                .doesNotContain("leaving-care-entitlement");
        assertThat(paths(FormsOffered.of(child, LocalDate.of(2026, 6, 15), FAR).offered()))
                .contains("leaving-care-entitlement").doesNotContain("care-leaver-contact");
    }

    @Test
    void aTwentyYearOldCareLeaverIsOfferedContactsAndPlansButNoPepsOrReviews() {
        // born 10 Jan 2006, left care on the 18th birthday; the duty runs to the 21st birthday
        var child = child(LocalDate.of(2006, 1, 10), LocalDate.of(2021, 6, 1), LocalDate.of(2024, 1, 10));
        var choice = FormsOffered.of(child, LocalDate.of(2026, 11, 22), LocalDate.of(2027, 1, 10));
        assertThat(choice.standing()).isEqualTo(Standing.CARE_LEAVER);
        assertThat(paths(choice.offered())).containsExactly("plan", "care-leaver-contact", "leaving-care-entitlement");
        assertThat(paths(choice.other())).contains("pep", "review", "visit", "period-start");
    }

    @Test
    void onTheDayTheDutyEndsAt21Or25NothingIsOfferedFirst() {
        var child = child(LocalDate.of(2006, 1, 10), LocalDate.of(2021, 6, 1), LocalDate.of(2024, 1, 10));
        var at21 = LocalDate.of(2027, 1, 10);
        assertThat(FormsOffered.of(child, at21.minusDays(1), at21).standing()).isEqualTo(Standing.CARE_LEAVER);
        assertThat(FormsOffered.of(child, at21, at21).standing()).isEqualTo(Standing.DUTY_ENDED);
        assertThat(FormsOffered.of(child, at21, at21).offered()).isEmpty();
        assertThat(FormsOffered.of(child, at21, at21).other()).hasSize(15);
        // a young person still owed the duty to 25 (e.g. in education): a care leaver at 24, not on the 25th birthday
        var at25 = LocalDate.of(2031, 1, 10);
        assertThat(paths(FormsOffered.of(child, LocalDate.of(2030, 1, 10), at25).offered()))
                .containsExactly("plan", "care-leaver-contact", "leaving-care-entitlement");
        assertThat(FormsOffered.of(child, at25, at25).offered()).isEmpty();
    }

    @Test
    void aSeventeenYearOldWhoLeftCareYesterdayIsACareLeaverWhoCouldComeBack() {
        var child = child(LocalDate.of(2009, 3, 1), LocalDate.of(2020, 5, 1), LocalDate.of(2026, 11, 21));
        var choice = FormsOffered.of(child, LocalDate.of(2026, 11, 22), LocalDate.of(2030, 3, 1));
        assertThat(choice.standing()).isEqualTo(Standing.CARE_LEAVER);
        assertThat(paths(choice.offered())).containsExactly("period-start", "plan", "care-leaver-contact",
                "leaving-care-entitlement");
        // the day before, still in care (an episode is open until the end of the day before it ceased)
        assertThat(FormsOffered.of(child, LocalDate.of(2026, 11, 20), LocalDate.of(2030, 3, 1)).standing())
                .isEqualTo(Standing.IN_CARE);
    }

    @Test
    void leavingCareBeforeSixteenMakesAChildPreviouslyLookedAfter() {
        // 16th birthday 1 Mar 2027: left the day before it, or on it
        var dob = LocalDate.of(2011, 3, 1);
        var before = child(dob, LocalDate.of(2020, 5, 1), LocalDate.of(2027, 2, 28));
        var on = child(dob, LocalDate.of(2020, 5, 1), LocalDate.of(2027, 3, 1));
        var today = LocalDate.of(2027, 6, 1);
        assertThat(FormsOffered.of(before, today, FAR).standing()).isEqualTo(Standing.PREVIOUSLY_LOOKED_AFTER);
        assertThat(paths(FormsOffered.of(before, today, FAR).offered())).containsExactly("period-start");
        assertThat(FormsOffered.of(on, today, FAR).standing()).isEqualTo(Standing.CARE_LEAVER);
    }

    @Test
    void theStartOfAPeriodOfCareIsOfferedOnlyBeforeThe18thBirthday() {
        var child = child(LocalDate.of(2008, 11, 22), LocalDate.of(2020, 5, 1), LocalDate.of(2026, 6, 1));
        var dutyEnds = LocalDate.of(2029, 11, 22);
        assertThat(paths(FormsOffered.of(child, LocalDate.of(2026, 11, 21), dutyEnds).offered())).contains("period-start");
        assertThat(paths(FormsOffered.of(child, LocalDate.of(2026, 11, 22), dutyEnds).offered()))
                .doesNotContain("period-start");
    }

    @Test
    void aChildNeverInCareIsOfferedOnlyTheStartOfCare() {
        var child = ChildRecords.child("TABLES-F9", "Ola", "Never", LocalDate.of(2015, 4, 4), "F").build();
        var choice = FormsOffered.of(child, LocalDate.of(2026, 11, 22), FAR);
        assertThat(choice.standing()).isEqualTo(Standing.NOT_LOOKED_AFTER);
        assertThat(paths(choice.offered())).containsExactly("period-start");
    }

    @Test
    void everyFormIsOfferedOnceEitherFirstOrUnderOtherForms() {
        var child = child(LocalDate.of(2012, 1, 1), LocalDate.of(2020, 5, 1), null);
        var choice = FormsOffered.of(child, LocalDate.of(2026, 11, 22), FAR);
        var all = new java.util.ArrayList<>(paths(choice.offered()));
        all.addAll(paths(choice.other()));
        assertThat(all).containsExactlyInAnyOrderElementsOf(paths(FormsOffered.ALL)).doesNotHaveDuplicates();
    }

    private static ChildRecord child(LocalDate dob, LocalDate started, @Nullable LocalDate ceased) {
        return ChildRecords.child("TABLES-F1", "Ola", "Test", dob, "F")
                .episodes(List.of(new CareEpisode(started, "S", "C2", "N1", "U4", "PR1", ceased,
                        ceased == null ? null : "E13", null, "LE1 1AA", "LE3 3CC", "SC111111")))
                .build();
    }

    private static List<String> paths(List<Form> forms) {
        return forms.stream().map(Form::path).toList();
    }
}
