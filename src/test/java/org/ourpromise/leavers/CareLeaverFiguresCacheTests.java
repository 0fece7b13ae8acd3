package org.ourpromise.leavers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.casefile.RecordingFormTestSupport;
import org.ourpromise.cluster.DataVersion;
import org.ourpromise.timescales.CareLeaverBands;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The care leavers' offer is kept against the records' data version. Leah (born 10 January 2006, former relevant,
 * 20 on 13 March 2026) was last in touch on 12 January 2026: two months and a day before 13 March, so not in touch
 * then. The same figures come back while nothing changes; a contact recorded on 10 March puts her in touch on the
 * next view; a Staying Put arrangement recorded from 1 March counts her in Staying Put.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:leavers-figures-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class CareLeaverFiguresCacheTests extends RecordingFormTestSupport {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 13);

    @Autowired
    private CareLeaverFigures figures;
    @Autowired
    private LeavingCareOffer offer;
    @Autowired
    private DataVersion versions;

    @Test
    void theSameFiguresWhileNothingChangesAndARecordedContactIsOnTheNextView() throws Exception {
        var first = figures.on(DAY);
        assertThat(first.figures()).contains(new CareLeaverBands.Figures(CareLeaverBands.Band.AGED_19_TO_21, 1, 0, 1,
                1, 0));
        assertThat(figures.on(DAY)).isSameAs(first);

        long before = versions.current(DataVersion.Area.RECORDS);
        mvc.perform(date(post("/children/" + TestCouncil.LEAH + "/record/care-leaver-contact"), "date", "10", "3",
                "2026").param("inTouch", "YES").param("method", "IN_PERSON").param("activity", "F5")
                .param("accommodation", "U").param("suitable", "1").with(as("pa1")).with(csrf()))
                .andExpect(saved());
        assertThat(versions.current(DataVersion.Area.RECORDS)).isGreaterThan(before);
        var after = figures.on(DAY);
        assertThat(after).isNotSameAs(first);
        assertThat(after.figures()).contains(new CareLeaverBands.Figures(CareLeaverBands.Band.AGED_19_TO_21, 1, 1, 1,
                1, 0));
        assertThat(figures.on(DAY)).isSameAs(after);

        offer.addArrangement(new LeavingCareOffer.StayingArrangement(0, TestCouncil.LEAH,
                LeavingCareOffer.Kind.STAYING_PUT, "Mr and Mrs Green", LocalDate.of(2026, 3, 1), null,
                new BigDecimal("200.00"), BigDecimal.ZERO, null, null, 0), "test");
        var staying = figures.on(DAY);
        assertThat(staying).isNotSameAs(after);
        assertThat(staying.figures()).contains(new CareLeaverBands.Figures(CareLeaverBands.Band.AGED_19_TO_21, 1, 1,
                1, 1, 1));
    }

    @Test
    void atMostABoundedNumberOfDaysAreKept() {
        for (int i = 0; i < CareLeaverFigures.KEPT + 5; i++) {
            figures.on(DAY.minusDays(i));
        }
        assertThat(figures.keptDays()).isEqualTo(CareLeaverFigures.KEPT);
        var today = figures.on(DAY);
        assertThat(figures.on(DAY)).isSameAs(today);
    }
}
