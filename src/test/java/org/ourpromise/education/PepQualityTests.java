package org.ourpromise.education;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The PEP forms' checks and the quality figures, hand-worked (today is 22 November 2026). */
class PepQualityTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static Pep rated(long id, String child, LocalDate held, Pep.Rating rating, LocalDate by) {
        return new Pep(id, child, held, null, new Pep.Quality(rating, rating.needsAction() ? "Sharper targets" : null,
                rating.needsAction() ? by : null, held.plusDays(10), "vsh1", 1));
    }

    @Test
    void theContentFormAsksForTargetsTheTeacherAndAPupilPremiumPlusAmountWithItsPurpose() {
        var ok = PepPlanForms.content(Map.of("targets", "Read at age level by Easter", "designatedTeacher", "Ms Patel",
                "amount", "£1,250.50", "purpose", "Tuition", "version", "0"));
        assertThat(ok.errors()).isEmpty();
        assertThat(ok.content().pupilPremiumPlus()).isEqualByComparingTo(new BigDecimal("1250.50"));
        assertThat(ok.content().amountWords()).isEqualTo("£1250.50");
        var bad = PepPlanForms.content(Map.of("amount", "0", "childViews", "x".repeat(2001)));
        assertThat(bad.errors().keySet()).containsExactly("targets", "childViews", "designatedTeacher", "amount");
        assertThat(PepPlanForms.content(Map.of("targets", "t", "designatedTeacher", "d", "amount", "600")).errors())
                .containsEntry("purpose", "Enter what the Pupil Premium Plus is for");
        assertThat(PepPlanForms.content(Map.of("targets", "t", "designatedTeacher", "d", "amount", "10000",
                "purpose", "p")).errors()).containsEntry("amount", "The amount must be more than £0 and less than £10,000");
    }

    @Test
    void aRatingShortOfGoodNeedsTheRemedialActionAndItsDateNotBeforeTheMeeting() {
        var held = LocalDate.of(2026, 10, 14);
        assertThat(PepPlanForms.quality(Map.of("rating", "GOOD"), held, TODAY, "vsh1").errors()).isEmpty();
        assertThat(PepPlanForms.quality(Map.of("rating", "INADEQUATE"), held, TODAY, "vsh1").errors().keySet())
                .containsExactly("remedialAction", "remedialBy");
        var early = PepPlanForms.quality(Map.of("rating", "REQUIRES_IMPROVEMENT", "remedialAction", "Add targets",
                "remedialBy-day", "13", "remedialBy-month", "10", "remedialBy-year", "2026"), held, TODAY, "vsh1");
        assertThat(early.errors()).containsEntry("remedialBy",
                "The date the remedial action is due must be on or after the PEP meeting");
        // due in the new year: a date still to come is allowed
        var later = PepPlanForms.quality(Map.of("rating", "REQUIRES_IMPROVEMENT", "remedialAction", "Add targets",
                "remedialBy-day", "8", "remedialBy-month", "1", "remedialBy-year", "2027"), held, TODAY, "vsh1");
        assertThat(later.errors()).isEmpty();
        assertThat(later.quality().ratedOn()).isEqualTo(TODAY);
        assertThat(PepPlanForms.quality(Map.of(), held, TODAY, "vsh1").errors()).containsKey("rating");
    }

    @Test
    void qualityFiguresCountThisYearsRatedPepsAndListThoseWaiting() {
        var from = LocalDate.of(2026, 9, 1);
        var byChild = Map.of(
                "A", List.of(rated(1, "A", LocalDate.of(2026, 5, 1), Pep.Rating.INADEQUATE, LocalDate.of(2026, 6, 1)),
                        rated(2, "A", LocalDate.of(2026, 9, 10), Pep.Rating.GOOD, null)),
                "B", List.of(rated(3, "B", LocalDate.of(2026, 9, 1), Pep.Rating.REQUIRES_IMPROVEMENT,
                        LocalDate.of(2026, 11, 22))),
                "C", List.of(new Pep(4, "C", LocalDate.of(2026, 5, 22), null, null),
                        new Pep(5, "C", LocalDate.of(2026, 5, 21), null, null)),
                "D", List.of(new Pep(6, "D", LocalDate.of(2026, 11, 20), null, null)));
        var f = PepQualityFigures.of(byChild, List.of("A", "B", "C", "D"), from, TODAY);
        assertThat(f.held()).isEqualTo(3);
        assertThat(f.goodShare().words()).isEqualTo("1 of 2 (50.0%)");
        assertThat(f.actionShare().words()).isEqualTo("1 of 2 (50.0%)");
        // six months back from 22 November is 22 May: the PEP of the 22nd waits, the 21st's has dropped off
        assertThat(f.awaitingRating()).extracting(Pep::id).containsExactly(4L, 6L);
        // A's inadequate plan was replaced by a newer one; B's action falls due today
        assertThat(f.remedialDue()).extracting(Pep::id).containsExactly(3L);
    }
}
