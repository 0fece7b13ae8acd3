package org.ourpromise.education;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A financial year's Pupil Premium Plus: the grant for the eligible children, what the Virtual School kept, what was
 * allocated to schools, paid and left; and what each school was paid. Aggregate: no child is named.
 *
 * @param toppedUp paid to schools beyond children's allocations, from the Virtual School's pool
 */
public record PupilPremiumStatement(FinancialYear year, PupilPremiumSettings.Rate rate, int eligible,
        BigDecimal grant, BigDecimal kept, BigDecimal allocated, BigDecimal paid, BigDecimal left, BigDecimal toppedUp,
        List<SchoolLine> schools) {

    /**
     * What one school was paid in the year, for how many children, in how many payments; and the payments to it
     * withdrawn since, which count in none of these.
     */
    public record SchoolLine(String urn, String name, int children, int payments, BigDecimal amount, int withdrawn,
            BigDecimal withdrawnAmount) {
    }

    static PupilPremiumStatement of(FinancialYear year, PupilPremiumSettings settings,
            List<PupilPremium.Allocation> allocations, List<PupilPremiumPayment> payments, Map<String, School> schools) {
        var eligible = allocations.stream().filter(PupilPremium.Allocation::eligible).toList();
        var inYear = payments.stream().filter(p -> p.financialYear().equals(year)).toList();
        var mine = inYear.stream().filter(PupilPremiumPayment::stands).toList();
        var amounts = new HashMap<String, BigDecimal>();
        var children = new HashMap<String, Set<String>>();
        var counts = new HashMap<String, Integer>();
        var withdrawn = new HashMap<String, BigDecimal>();
        var withdrawnCounts = new HashMap<String, Integer>();
        for (var p : inYear) {
            amounts.merge(p.urn(), BigDecimal.ZERO, BigDecimal::add);
            children.computeIfAbsent(p.urn(), k -> new HashSet<>());
            if (p.stands()) {
                amounts.merge(p.urn(), p.amount(), BigDecimal::add);
                children.get(p.urn()).add(p.childId());
                counts.merge(p.urn(), 1, Integer::sum);
            } else {
                withdrawn.merge(p.urn(), p.amount(), BigDecimal::add);
                withdrawnCounts.merge(p.urn(), 1, Integer::sum);
            }
        }
        var lines = new ArrayList<SchoolLine>();
        amounts.forEach((urn, amount) -> lines.add(new SchoolLine(urn,
                schools.containsKey(urn) ? schools.get(urn).name() : "School " + urn, children.get(urn).size(),
                counts.getOrDefault(urn, 0), amount, withdrawnCounts.getOrDefault(urn, 0),
                withdrawn.getOrDefault(urn, BigDecimal.ZERO))));
        lines.sort(Comparator.comparing(SchoolLine::name).thenComparing(SchoolLine::urn));
        return new PupilPremiumStatement(year, settings.rate(year.startYear()), eligible.size(),
                sum(eligible, PupilPremium.Allocation::grant), sum(eligible, PupilPremium.Allocation::topSlice),
                sum(eligible, PupilPremium.Allocation::allocation),
                mine.stream().map(PupilPremiumPayment::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
                sum(allocations, PupilPremium.Allocation::left), sum(allocations, PupilPremium.Allocation::toppedUp),
                lines);
    }

    private static BigDecimal sum(List<PupilPremium.Allocation> of,
            java.util.function.Function<PupilPremium.Allocation, BigDecimal> what) {
        return of.stream().map(what).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** £1,234.50 (pence shown only when there are some). */
    public static String pounds(BigDecimal amount) {
        var a = amount.setScale(2, java.math.RoundingMode.HALF_UP);
        return a.stripTrailingZeros().scale() <= 0 ? String.format("£%,d", a.longValue())
                : String.format("£%,.2f", a);
    }
}
