package org.ourpromise.entitlements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.FormInput;

/**
 * Reads a new claim: the entitlement, the day requested, the amount (pounds or units) and what it is for. The
 * eligibility and the limit are checked by the controller, which knows the young person; a claim over what is left
 * of the limit is refused here with the amount left in the message.
 */
final class ClaimForm {

    record Result(@Nullable Claim claim, Map<String, String> errors) {
    }

    private ClaimForm() {
    }

    static Result read(FormInput in, String childId, @Nullable Entitlement e, LocalDate today) {
        if (e == null) {
            in.error("entitlement", "Select the entitlement claimed");
        }
        var requested = in.date("requestedOn", "date the claim was made", true, today);
        var amount = amount(in, e);
        String purpose = in.raw("purpose");
        if (purpose.isEmpty()) {
            in.error("purpose", "Say what the claim is for");
        } else if (purpose.length() > 200) {
            in.error("purpose", "Write what the claim is for in 200 characters or fewer");
        }
        if (e != null && e.condition() != null && !in.yes("confirmed")) {
            in.error("confirmed", "Confirm that the young person meets the condition: " + e.condition().toLowerCase(java.util.Locale.ROOT));
        }
        if (in.hasErrors()) {
            return new Result(null, in.errors());
        }
        return new Result(new Claim(0, e.id(), childId, requested, amount, purpose, Claim.Status.REQUESTED, null, null,
                0), Map.of());
    }

    private static @Nullable BigDecimal amount(FormInput in, @Nullable Entitlement e) {
        String v = in.raw("amount").replace("£", "").replace(",", "");
        boolean pounds = e == null || e.unit() == Entitlement.Unit.POUNDS;
        if (v.isEmpty()) {
            in.error("amount", pounds ? "Enter the amount claimed in pounds" : "Enter how many are claimed");
            return null;
        }
        if (!v.matches(pounds ? "\\d{1,6}(\\.\\d{1,2})?" : "\\d{1,4}")) {
            in.error("amount", pounds ? "Enter the amount in pounds, for example 45.50" : "Enter how many as a whole number, for example 1");
            return null;
        }
        var amount = new BigDecimal(v);
        if (amount.signum() <= 0) {
            in.error("amount", "The amount must be more than 0");
            return null;
        }
        return amount;
    }

    /** Refuses a claim over what is left of the young person's limit: nothing is saved. */
    static void checkLimit(FormInput in, Entitlement e, BigDecimal amount, BigDecimal left) {
        if (amount.compareTo(left) > 0) {
            in.error("amount", "The claim is over the limit for " + e.name() + " (" + e.limitWords() + "): "
                    + e.format(left.max(BigDecimal.ZERO)) + " is left for this young person");
        }
    }
}
