package org.ourpromise.entitlements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Pure: who may claim an entitlement on a day, and what is left of its limit for a young person and of its budget.
 * A yearly limit runs April to March (the council's financial year); a one-off limit counts every claim ever made.
 */
public final class EntitlementRules {

    private EntitlementRules() {
    }

    /** The first day of the financial year holding {@code day}. */
    public static LocalDate yearStart(LocalDate day) {
        return LocalDate.of(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1, 4, 1);
    }

    /** Why the young person may not claim, or null when they may. */
    public static @Nullable String ineligible(Entitlement e, int age, boolean inCare, boolean careLeaver) {
        if (!e.active()) {
            return e.name() + " is no longer offered";
        }
        boolean status = switch (e.forWhom()) {
            case CHILDREN_IN_CARE -> inCare;
            case CARE_LEAVERS -> careLeaver;
            case BOTH -> inCare || careLeaver;
        };
        if (!status) {
            return e.name() + " is for " + e.forWhom().words().toLowerCase(java.util.Locale.ROOT);
        }
        if (age < e.minAge() || age > e.maxAge()) {
            return e.name() + " is for young people aged " + e.minAge() + " to " + e.maxAge() + " (this young person is "
                    + age + ")";
        }
        return null;
    }

    /** What is left of the young person's limit on {@code day}, from their claims for this entitlement. */
    public static BigDecimal leftFor(Entitlement e, List<Claim> theirClaims, LocalDate day) {
        return e.limit().subtract(used(e, theirClaims, day));
    }

    /** What is left of the entitlement's budget in the year holding {@code day}; null when it has no budget. */
    public static @Nullable BigDecimal budgetLeft(Entitlement e, List<Claim> allClaims, LocalDate day) {
        if (e.annualBudget() == null) {
            return null;
        }
        var from = yearStart(day);
        var to = from.plusYears(1);
        var spent = allClaims.stream().filter(c -> c.entitlementId() == e.id() && c.counts()
                && !c.requestedOn().isBefore(from) && c.requestedOn().isBefore(to))
                .map(Claim::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return e.annualBudget().subtract(spent);
    }

    private static BigDecimal used(Entitlement e, List<Claim> claims, LocalDate day) {
        var from = yearStart(day);
        var to = from.plusYears(1);
        return claims.stream().filter(c -> c.entitlementId() == e.id() && c.counts())
                .filter(c -> e.period() == Entitlement.Period.ONE_OFF
                        || (!c.requestedOn().isBefore(from) && c.requestedOn().isBefore(to)))
                .map(Claim::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
