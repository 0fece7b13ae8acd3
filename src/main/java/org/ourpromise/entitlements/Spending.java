package org.ourpromise.entitlements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Pure: a year's spending per entitlement (April to March): claims, young people, approved and paid, budget left. */
public record Spending(Entitlement entitlement, int claims, long youngPeople, BigDecimal approved, BigDecimal paid,
        int refused, @Nullable BigDecimal budgetLeft) {

    public static List<Spending> of(List<Entitlement> entitlements, List<Claim> claims, LocalDate yearStart) {
        var to = yearStart.plusYears(1);
        return entitlements.stream().map(e -> {
            var year = claims.stream().filter(c -> c.entitlementId() == e.id() && !c.requestedOn().isBefore(yearStart)
                    && c.requestedOn().isBefore(to)).toList();
            var approved = sum(year.stream().filter(c -> c.status() == Claim.Status.APPROVED).toList());
            var paid = sum(year.stream().filter(c -> c.status() == Claim.Status.PAID).toList());
            int refused = (int) year.stream().filter(c -> c.status() == Claim.Status.REFUSED).count();
            return new Spending(e, year.size(), year.stream().map(Claim::childId).distinct().count(), approved, paid,
                    refused, EntitlementRules.budgetLeft(e, claims, yearStart));
        }).toList();
    }

    private static BigDecimal sum(List<Claim> claims) {
        return claims.stream().map(Claim::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
