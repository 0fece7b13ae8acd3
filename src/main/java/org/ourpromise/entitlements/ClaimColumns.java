package org.ourpromise.entitlements;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import org.ourpromise.lists.Sorting;

/**
 * The claims list's columns: newest claim first unless asked otherwise, or by child, entitlement, amount or
 * status. Names and entitlements are looked up for the sort, as the page shows them.
 */
final class ClaimColumns {

    private ClaimColumns() {
    }

    static Sorting<Claim> of(Map<String, String> names, Map<Long, Entitlement> entitlements) {
        return Sorting.byDescending("requested", Comparator.comparing(Claim::requestedOn).thenComparing(Claim::id))
                .and("child", Comparator.comparing((Claim c) -> names.getOrDefault(c.childId(), c.childId())
                        .toLowerCase(Locale.UK)))
                .and("entitlement", Comparator.comparing((Claim c) -> entitlements.get(c.entitlementId()).name()
                        .toLowerCase(Locale.UK)))
                .andDescending("amount", Comparator.comparing(Claim::amount))
                .and("status", Comparator.comparing((Claim c) -> c.status().words()));
    }
}
