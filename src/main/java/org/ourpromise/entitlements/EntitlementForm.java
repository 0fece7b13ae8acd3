package org.ourpromise.entitlements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.FormInput;

/**
 * Reads the form for one entitlement of the council's list (its name, who may claim by status and age, a condition,
 * the district council that grants it for council tax, the limit in pounds or units a year or once, the budget)
 * and the form that publishes the local offer (consulted on before it is published, reviewed after).
 */
final class EntitlementForm {

    /** Care leavers are supported to 25 at the latest; children from birth. */
    static final int OLDEST = 25;

    record Result(@Nullable Entitlement entitlement, Map<String, String> errors) {
    }

    record OfferResult(EntitlementStore.@Nullable LocalOffer offer, Map<String, String> errors) {
    }

    static final List<String> FIELDS = List.of("name", "forWhom", "minAge", "maxAge", "condition", "district", "unit",
            "limit", "period", "budget");

    private EntitlementForm() {
    }

    static Result read(Map<String, String> params, @Nullable Entitlement existing) {
        var in = new FormInput(params);
        var name = in.text("name", "name of the entitlement", 100, true);
        var forWhom = in.choice("forWhom", EnumSet.allOf(Entitlement.ForWhom.class),
                "Select children in care, care leavers or both");
        var min = in.whole("minAge", "youngest age", 0, OLDEST, true);
        var max = in.whole("maxAge", "oldest age", 0, OLDEST, true);
        if (min != null && max != null && max < min) {
            in.error("maxAge", "The oldest age must be the same as or more than the youngest age");
        }
        var condition = in.text("condition", "condition", 200, false);
        var district = in.text("district", "district council", 100, false);
        var unit = in.choice("unit", EnumSet.allOf(Entitlement.Unit.class), "Select pounds or units");
        var limit = amount(in, "limit", unit != Entitlement.Unit.UNITS, true);
        var period = in.choice("period", EnumSet.allOf(Entitlement.Period.class), "Select a yearly or a one-off limit");
        var budget = amount(in, "budget", true, false);
        if (in.hasErrors()) {
            return new Result(null, FormInput.inOrder(in.errors(), FIELDS));
        }
        boolean active = existing == null || !"no".equals(in.raw("active"));
        return new Result(new Entitlement(existing == null ? 0 : existing.id(), name, forWhom, min, max, condition,
                district, limit, unit, period, budget, active, existing == null ? 0 : in.version()), Map.of());
    }

    private static @Nullable BigDecimal amount(FormInput in, String name, boolean pounds, boolean required) {
        String v = in.raw(name).replace("£", "").replace(",", "");
        String what = name.equals("budget") ? "yearly budget" : "limit";
        if (v.isEmpty()) {
            if (required) {
                in.error(name, "Enter the " + what + (pounds ? " in pounds" : " in units"));
            }
            return null;
        }
        if (!v.matches(pounds ? "\\d{1,7}(\\.\\d{1,2})?" : "\\d{1,4}") || new BigDecimal(v).signum() <= 0) {
            in.error(name, "Enter the " + what + (pounds ? " in pounds, more than 0, for example 150"
                    : " as a whole number of units, more than 0, for example 1"));
            return null;
        }
        return new BigDecimal(v);
    }

    static OfferResult readOffer(Map<String, String> params, LocalDate today) {
        var in = new FormInput(params);
        var published = in.date("publishedOn", "date the offer was published", true, today);
        var consulted = in.date("consultedOn", "date young people were consulted", true, today);
        var review = in.date("reviewBy", "date it is to be reviewed by", true, LocalDate.MAX);
        var summary = in.text("summary", "summary of the offer", 500, true);
        if (published != null && consulted != null && consulted.isAfter(published)) {
            in.error("consultedOn", "The date young people were consulted must be on or before the date the offer was"
                    + " published");
        }
        if (published != null && review != null && !review.isAfter(published)) {
            in.error("reviewBy", "The date it is to be reviewed by must be after the date the offer was published");
        }
        if (in.hasErrors()) {
            return new OfferResult(null, FormInput.inOrder(in.errors(),
                    List.of("publishedOn", "consultedOn", "reviewBy", "summary")));
        }
        return new OfferResult(new EntitlementStore.LocalOffer(published, consulted, review, summary), Map.of());
    }

    static Map<String, String> values(Entitlement e) {
        var v = new HashMap<String, String>();
        v.put("name", e.name());
        v.put("forWhom", e.forWhom().name());
        v.put("minAge", String.valueOf(e.minAge()));
        v.put("maxAge", String.valueOf(e.maxAge()));
        v.put("condition", e.condition() == null ? "" : e.condition());
        v.put("district", e.district() == null ? "" : e.district());
        v.put("limit", e.limit().stripTrailingZeros().toPlainString());
        v.put("unit", e.unit().name());
        v.put("period", e.period().name());
        v.put("budget", e.annualBudget() == null ? "" : e.annualBudget().stripTrailingZeros().toPlainString());
        v.put("active", e.active() ? "yes" : "no");
        v.put("version", String.valueOf(e.version()));
        return v;
    }
}
