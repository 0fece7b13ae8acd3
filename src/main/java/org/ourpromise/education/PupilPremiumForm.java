package org.ourpromise.education;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.FormInput;

/**
 * Reads the form for a Pupil Premium Plus payment: the school paid (one the child attended), the PEP it is against
 * (held on or before the day paid), the amount (more than nothing, not more than is left of the child's allocation
 * for the year of the day paid), the day paid and what it is for. Gives the payment, or errors in the page's order.
 */
final class PupilPremiumForm {

    static final int PURPOSE_MAX = 500;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    record Result(@Nullable PupilPremiumPayment payment, Map<String, String> errors) {
    }

    private PupilPremiumForm() {
    }

    /** @param allocation the child's allocation in the financial year of a day paid */
    static Result read(Map<String, String> params, String childId, String name, PupilPremiumLedger.ChildView view,
            LocalDate today, Function<LocalDate, PupilPremium.Allocation> allocation) {
        return read(params, null, childId, name, view, today, allocation);
    }

    /**
     * A change to {@code existing} (null: a new payment), which may keep its school and PEP even when they are no
     * longer among the choices.
     *
     * @param allocation the child's allocation in the financial year of a day paid, without {@code existing}
     */
    static Result read(Map<String, String> params, @Nullable PupilPremiumPayment existing, String childId,
            String name, PupilPremiumLedger.ChildView view, LocalDate today,
            Function<LocalDate, PupilPremium.Allocation> allocation) {
        var in = new FormInput(params);
        String urn = in.raw("urn");
        boolean kept = existing != null && existing.urn().equals(urn);
        if (!kept && view.placements().stream().noneMatch(p -> p.urn().equals(urn))) {
            in.error("urn", view.placements().isEmpty() ? "Add the child's school to their education record first"
                    : "Select the school the payment went to");
        }
        LocalDate pep = null;
        var chosen = pepDate(in.raw("pep"));
        if (chosen == null || !view.peps().contains(chosen) && !(existing != null && chosen.equals(existing.pepDate()))) {
            in.error("pep", view.peps().isEmpty() ? "Record the child's PEP meeting first: a payment is made against a"
                    + " PEP" : "Select the PEP the payment is for");
        } else {
            pep = chosen;
        }
        var amount = pounds(in);
        var paidOn = in.date("paidOn", "date the payment was made", true, today);
        if (paidOn != null && pep != null && pep.isAfter(paidOn)) {
            in.error("pep", "The PEP must be held on or before the date the payment was made ("
                    + paidOn.format(DAY) + ")");
        }
        if (amount != null && paidOn != null) {
            var a = allocation.apply(paidOn);
            if (!a.eligible()) {
                in.error("paidOn", "The date the payment was made must be in a year " + name + " was eligible for"
                        + " Pupil Premium Plus (looked after and in Reception to Year 11): not in " + a.year().words());
            } else if (amount.compareTo(a.left()) > 0) {
                in.error("amount", "The amount must be " + PupilPremiumStatement.pounds(a.left()) + " or less: that"
                        + " is what is left of " + name + "'s allocation for " + a.year().words());
            }
        }
        String purpose = in.text("purpose", "what the payment is for", PURPOSE_MAX, true);
        in.orderAsOnThePage("urn", "pep", "amount", "paidOn", "purpose");
        if (in.hasErrors()) {
            return new Result(null, in.errors());
        }
        return new Result(new PupilPremiumPayment(existing == null ? 0 : existing.id(), childId, urn, pep, paidOn,
                amount, purpose), Map.of());
    }

    private static @Nullable LocalDate pepDate(String raw) {
        try {
            return raw.isEmpty() ? null : LocalDate.parse(raw);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable BigDecimal pounds(FormInput in) {
        String v = in.raw("amount").replace("£", "").replace(",", "").strip();
        if (v.isEmpty()) {
            in.error("amount", "Enter the amount paid in pounds");
            return null;
        }
        if (!v.matches("\\d{1,6}(\\.\\d{1,2})?") || new BigDecimal(v).signum() <= 0) {
            in.error("amount", "The amount must be more than £0, in pounds and pence, for example 485.50");
            return null;
        }
        return new BigDecimal(v);
    }

    static Map<String, String> schoolChoices(PupilPremiumLedger.ChildView view) {
        return schoolChoices(view, null);
    }

    /** The child's schools, latest first, and the one {@code existing} was paid to. */
    static Map<String, String> schoolChoices(PupilPremiumLedger.ChildView view, @Nullable PupilPremiumPayment existing) {
        var choices = new LinkedHashMap<String, String>();
        if (existing != null && view.placements().stream().noneMatch(p -> p.urn().equals(existing.urn()))) {
            choices.put(existing.urn(), (view.schools().containsKey(existing.urn())
                    ? view.schools().get(existing.urn()).name() : "School") + " (URN " + existing.urn() + ")");
        }
        view.placements().stream().sorted(java.util.Comparator.comparing(SchoolPlacement::started).reversed())
                .forEach(p -> choices.putIfAbsent(p.urn(), (view.schools().containsKey(p.urn())
                        ? view.schools().get(p.urn()).name() : "School") + " (URN " + p.urn() + ")"));
        return choices;
    }

    /** The latest PEPs first, at most six (older ones are rarely paid against). */
    static Map<String, String> pepChoices(PupilPremiumLedger.ChildView view) {
        return pepChoices(view, null);
    }

    /** The latest six PEPs, and the one {@code existing} was paid against. */
    static Map<String, String> pepChoices(PupilPremiumLedger.ChildView view, @Nullable PupilPremiumPayment existing) {
        var choices = new LinkedHashMap<String, String>();
        view.peps().stream().limit(6).forEach(d -> choices.put(d.toString(), "PEP meeting on " + d.format(DAY)));
        if (existing != null) {
            choices.putIfAbsent(existing.pepDate().toString(), "PEP meeting on " + existing.pepDate().format(DAY));
        }
        return choices;
    }

    /** The form's values for {@code p} as saved, with its version. */
    static Map<String, String> values(PupilPremiumPayment p) {
        var values = new java.util.HashMap<String, String>();
        values.put("urn", p.urn());
        values.put("pep", p.pepDate().toString());
        values.put("amount", p.amount().stripTrailingZeros().scale() <= 0 ? p.amount().setScale(0).toPlainString()
                : p.amount().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        FormInput.putDate(values, "paidOn", p.paidOn());
        values.put("purpose", p.purpose());
        values.put("version", String.valueOf(p.version()));
        return values;
    }
}
