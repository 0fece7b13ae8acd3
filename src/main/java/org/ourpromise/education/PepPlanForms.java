package org.ourpromise.education;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.FormInput;

/**
 * Reads the two PEP forms: what the plan says (targets, the child's views, the designated teacher, the Pupil
 * Premium Plus asked for and what for) and the Virtual School's quality rating (good, requires improvement or
 * inadequate; anything short of good with the remedial action and the date it is due).
 */
final class PepPlanForms {

    static final int LONG_TEXT = 2000;
    static final List<String> CONTENT_FIELDS = List.of("targets", "childViews", "designatedTeacher", "amount", "purpose");
    static final List<String> QUALITY_FIELDS = List.of("rating", "remedialAction", "remedialBy");

    record ContentResult(Pep.@Nullable Content content, Map<String, String> errors) {
    }

    record QualityResult(Pep.@Nullable Quality quality, Map<String, String> errors) {
    }

    private PepPlanForms() {
    }

    static ContentResult content(Map<String, String> params) {
        var in = new FormInput(params);
        var targets = in.text("targets", "plan's targets", LONG_TEXT, true);
        var views = in.text("childViews", "child's views", LONG_TEXT, false);
        var teacher = in.text("designatedTeacher", "designated teacher's name", 100, true);
        var amount = amount(in);
        var purpose = in.text("purpose", "what the Pupil Premium Plus is for", 500, false);
        if (amount != null && purpose == null && !in.errors().containsKey("purpose")) {
            in.error("purpose", "Enter what the Pupil Premium Plus is for");
        }
        if (amount == null && purpose != null && !in.errors().containsKey("amount")) {
            in.error("amount", "Enter the amount of Pupil Premium Plus asked for");
        }
        if (in.hasErrors()) {
            return new ContentResult(null, FormInput.inOrder(in.errors(), CONTENT_FIELDS));
        }
        return new ContentResult(new Pep.Content(targets, views, teacher, amount, purpose, in.version()), Map.of());
    }

    /** Pounds, with pence if any: more than £0 and less than £10,000. */
    private static @Nullable BigDecimal amount(FormInput in) {
        String v = in.raw("amount").replace("£", "").replace(",", "").strip();
        if (v.isEmpty()) {
            return null;
        }
        if (!v.matches("\\d{1,5}(\\.\\d{2})?")) {
            in.error("amount", "Enter the amount in pounds, like 600 or 450.50");
            return null;
        }
        var amount = new BigDecimal(v);
        if (amount.signum() <= 0 || amount.compareTo(BigDecimal.valueOf(10_000)) >= 0) {
            in.error("amount", "The amount must be more than £0 and less than £10,000");
            return null;
        }
        return amount.setScale(2);
    }

    static QualityResult quality(Map<String, String> params, LocalDate held, LocalDate today, String username) {
        var in = new FormInput(params);
        var rating = in.choice("rating", EnumSet.allOf(Pep.Rating.class), "Select the quality of the plan");
        var action = in.text("remedialAction", "remedial action", 1000, rating != null && rating.needsAction());
        // the remedial action is due on a date still to come, or already past
        var by = in.date("remedialBy", "date the remedial action is due", rating != null && rating.needsAction(),
                LocalDate.MAX);
        if (by != null && by.isBefore(held)) {
            in.error("remedialBy", "The date the remedial action is due must be on or after the PEP meeting");
        }
        if (in.hasErrors()) {
            return new QualityResult(null, FormInput.inOrder(in.errors(), QUALITY_FIELDS));
        }
        return new QualityResult(new Pep.Quality(rating, action, by, today, username, in.version()), Map.of());
    }

    static Map<String, String> values(Pep.@Nullable Content c) {
        var values = new HashMap<String, String>();
        values.put("version", "0");
        if (c != null) {
            values.put("targets", c.targets());
            values.put("childViews", c.childViews() == null ? "" : c.childViews());
            values.put("designatedTeacher", c.designatedTeacher());
            values.put("amount", c.pupilPremiumPlus() == null ? "" : c.pupilPremiumPlus().toPlainString());
            values.put("purpose", c.pupilPremiumPlusFor() == null ? "" : c.pupilPremiumPlusFor());
            values.put("version", String.valueOf(c.version()));
        }
        return values;
    }

    static Map<String, String> values(Pep.@Nullable Quality q) {
        var values = new HashMap<String, String>();
        values.put("version", "0");
        if (q != null) {
            values.put("rating", q.rating().name());
            values.put("remedialAction", q.remedialAction() == null ? "" : q.remedialAction());
            FormInput.putDate(values, "remedialBy", q.remedialBy());
            values.put("version", String.valueOf(q.version()));
        }
        return values;
    }

    static Map<String, String> ratingChoices() {
        var choices = new LinkedHashMap<String, String>();
        for (var r : Pep.Rating.values()) {
            choices.put(r.name(), r.words());
        }
        return choices;
    }
}
