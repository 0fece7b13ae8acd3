package org.ourpromise.permanence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.FormInput;

/**
 * Reads the order form and the post-order support form. For special guardianship the assessment and the
 * statutory support plan are required and come before the order (the plan goes to the court with the report);
 * an allowance is paid from the order's day, never before it; support after the order comes after the order.
 */
final class OrderForm {

    /** What was read: the order to save, or the errors by field. */
    record Result(@Nullable PermanenceOrder order, Map<String, String> errors) {
    }

    /** What was read: the support to save, or the errors by field. */
    record SupportResult(@Nullable PostOrderSupport support, Map<String, String> errors) {
    }

    static final List<String> FIELDS = List.of("kind", "carers", "assessedOn", "supportPlanOn", "supportPlan", "madeOn",
            "allowance", "allowanceFrom", "allowanceTo");

    private OrderForm() {
    }

    static Result read(Map<String, String> params, String childId, @Nullable PermanenceOrder existing, LocalDate born,
            LocalDate today) {
        var in = new FormInput(params);
        var kind = in.choice("kind", EnumSet.allOf(PermanenceOrder.Kind.class),
                "Select a special guardianship order or a child arrangements order");
        var carers = in.text("carers", "names of the special guardians or carers", 200, true);
        boolean sgo = kind == PermanenceOrder.Kind.SGO;
        var assessed = in.date("assessedOn", "date the assessment was completed", sgo, today);
        var planOn = in.date("supportPlanOn", "date the support plan was agreed", sgo, today);
        var plan = in.text("supportPlan", "support plan", 1000, sgo);
        var made = in.date("madeOn", "date the order was made", false, today);
        var allowance = pounds(in, "allowance");
        var from = in.date("allowanceFrom", "date the allowance starts", allowance != null, today);
        // a planned last day may be ahead
        var to = in.date("allowanceTo", "date the allowance ends", false, LocalDate.MAX);
        notBefore(in, "assessedOn", assessed, born, "the child's date of birth");
        notBefore(in, "supportPlanOn", planOn, assessed, "the date the assessment was completed");
        notBefore(in, "madeOn", made, born, "the child's date of birth");
        notBefore(in, "madeOn", made, planOn, "the date the support plan was agreed");
        notBefore(in, "madeOn", made, assessed, "the date the assessment was completed");
        if (allowance != null && made == null && !in.errors().containsKey("madeOn")) {
            in.error("allowance", "An allowance is paid once the order is made: enter the date the order was made");
        }
        notBefore(in, "allowanceFrom", from, made, "the date the order was made");
        notBefore(in, "allowanceTo", to, from, "the date the allowance starts");
        if (to != null && allowance == null && !in.errors().containsKey("allowance")) {
            in.error("allowance", "Enter the weekly allowance, or leave the end date blank");
        }
        if (in.hasErrors()) {
            return new Result(null, FormInput.inOrder(in.errors(), FIELDS));
        }
        return new Result(new PermanenceOrder(existing == null ? 0 : existing.id(), childId, kind, carers,
                assessed, planOn, plan, made, allowance, allowance == null ? null : from, allowance == null ? null : to,
                existing == null ? 0 : in.version()), Map.of());
    }

    static SupportResult readSupport(Map<String, String> params, PermanenceOrder order, LocalDate today) {
        var in = new FormInput(params);
        var kind = in.choice("supportKind", EnumSet.allOf(PostOrderSupport.Kind.class),
                "Select a request for support or a review of the support plan");
        var on = in.date("supportOn", "date of the request or review", true, today);
        var what = in.text("what", "what was asked for or reviewed", 500, true);
        var outcome = in.text("outcome", "outcome", 300, false);
        var next = in.date("nextReview", "date of the next review", false, LocalDate.MAX);
        if (order.madeOn() == null) {
            in.error("supportKind", "Support after the order is recorded once the order is made: record the date it"
                    + " was made first");
        }
        notBefore(in, "supportOn", on, order.madeOn(), "the date the order was made");
        if (next != null && on != null && !next.isAfter(on)) {
            in.error("nextReview", "The date of the next review must be after the date of this one");
        }
        if (in.hasErrors()) {
            return new SupportResult(null, FormInput.inOrder(in.errors(),
                    List.of("supportKind", "supportOn", "what", "outcome", "nextReview")));
        }
        return new SupportResult(new PostOrderSupport(0, order.id(), order.childId(), kind, on, what, outcome, next),
                Map.of());
    }

    private static void notBefore(FormInput in, String field, @Nullable LocalDate day, @Nullable LocalDate earliest,
            String earliestWords) {
        if (day != null && earliest != null && day.isBefore(earliest) && !in.errors().containsKey(field)) {
            in.error(field, "The " + label(field) + " must be on or after " + earliestWords);
        }
    }

    private static String label(String field) {
        return switch (field) {
            case "assessedOn" -> "date the assessment was completed";
            case "supportPlanOn" -> "date the support plan was agreed";
            case "madeOn" -> "date the order was made";
            case "allowanceFrom" -> "date the allowance starts";
            case "allowanceTo" -> "date the allowance ends";
            default -> "date of the request or review";
        };
    }

    private static @Nullable BigDecimal pounds(FormInput in, String name) {
        String v = in.raw(name).replace("£", "").replace(",", "");
        if (v.isEmpty()) {
            return null;
        }
        if (!v.matches("\\d{1,4}(\\.\\d{1,2})?") || new BigDecimal(v).signum() <= 0) {
            in.error(name, "Enter the weekly allowance in pounds, more than 0 and less than 10,000, for example 180.50");
            return null;
        }
        return new BigDecimal(v);
    }

    static Map<String, String> values(PermanenceOrder o) {
        var values = new HashMap<String, String>();
        values.put("kind", o.kind().name());
        values.put("carers", o.carers());
        FormInput.putDate(values, "assessedOn", o.assessedOn());
        FormInput.putDate(values, "supportPlanOn", o.supportPlanOn());
        values.put("supportPlan", o.supportPlan() == null ? "" : o.supportPlan());
        FormInput.putDate(values, "madeOn", o.madeOn());
        values.put("allowance", o.allowanceWeekly() == null ? "" : o.allowanceWeekly().toPlainString());
        FormInput.putDate(values, "allowanceFrom", o.allowanceFrom());
        FormInput.putDate(values, "allowanceTo", o.allowanceTo());
        values.put("version", String.valueOf(o.version()));
        return values;
    }
}
