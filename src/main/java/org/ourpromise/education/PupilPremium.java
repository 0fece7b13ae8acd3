package org.ourpromise.education;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ourpromise.record.CareEpisode;

/**
 * Pupil Premium Plus for a child looked after (pure: explicit dates, no database). A child is eligible for a
 * financial year when they were looked after (short breaks aside) on at least one day of it and are of Reception to
 * Year 11 age in the school year that starts in it (aged 4 to 15 on 31 August, as the DfE's conditions of grant
 * count them). The grant is the year's rate; the Virtual School keeps the top-slice; the rest is the child's
 * allocation, paid to their school against their PEP.
 */
public final class PupilPremium {

    private PupilPremium() {
    }

    /** One child's Pupil Premium Plus for a year: the grant, what the Virtual School keeps, paid and left. */
    public record Allocation(String childId, FinancialYear year, boolean eligible, BigDecimal grant,
            BigDecimal topSlice, BigDecimal allocation, BigDecimal paid) {

        public BigDecimal left() {
            return allocation.subtract(paid).max(BigDecimal.ZERO);
        }

        /** Paid over the allocation: only where the Virtual School topped up from its pool. */
        public BigDecimal toppedUp() {
            return paid.subtract(allocation).max(BigDecimal.ZERO);
        }
    }

    public static boolean eligible(LocalDate born, List<CareEpisode> episodes, FinancialYear year) {
        int group = new SchoolYear(year.startYear()).yearGroup(born);
        if (group < 0 || group > 11) {
            return false;
        }
        return episodes.stream().anyMatch(e -> !e.isShortBreak() && !e.started().isAfter(year.last())
                && (e.ceased() == null || e.ceased().isAfter(year.first())));
    }

    /**
     * The child's allocation for the year from the payments made in it ({@code payments} may hold other years', and
     * withdrawn payments, which count for nothing).
     */
    public static Allocation allocation(String childId, LocalDate born, List<CareEpisode> episodes, FinancialYear year,
            PupilPremiumSettings settings, List<PupilPremiumPayment> payments) {
        boolean eligible = eligible(born, episodes, year);
        var paid = payments.stream().filter(p -> p.stands() && p.childId().equals(childId)
                && year.equals(p.financialYear()))
                .map(PupilPremiumPayment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!eligible) {
            return new Allocation(childId, year, false, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, paid);
        }
        var grant = settings.rate(year.startYear()).perChild();
        var kept = settings.topSlice().min(grant);
        return new Allocation(childId, year, true, grant, kept, grant.subtract(kept), paid);
    }
}
