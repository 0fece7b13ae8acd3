package org.ourpromise.leavers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.timescales.Birthdays;

/**
 * Reads the form for a Staying Put or Staying Close arrangement. Refused (each with its GOV.UK error, in the
 * form's order): no kind or carer, a start missing or not a real date, an end on or before the start, a weekly cost
 * missing or below zero, support to a carer in Staying Close, or support below zero, and support to the former
 * foster carer paid on or after the young person's 21st birthday (a start from 21 with support, or a last day of
 * support from 21).
 */
final class StayingArrangementForm {

    static final List<String> ORDER = List.of("kind", "carer", "started", "ended", "weeklyCost", "carerSupport",
            "supportUntil");
    static final int CARER_MAX = 100;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private StayingArrangementForm() {
    }

    static Map<String, String> kinds() {
        var map = new LinkedHashMap<String, String>();
        for (var k : LeavingCareOffer.Kind.values()) {
            map.put(k.name(), k.words());
        }
        return map;
    }

    static Map<String, String> hints() {
        return Map.of(LeavingCareOffer.Kind.STAYING_PUT.name(), "Staying on with their former foster carer after 18",
                LeavingCareOffer.Kind.STAYING_CLOSE.name(), "Living near their former children's home, with its support");
    }

    /** The arrangement as posted (id and version from the one being changed), or null with the errors in {@code in}. */
    static LeavingCareOffer.@Nullable StayingArrangement read(FormInput in, String childId, LocalDate dateOfBirth,
            long id, LocalDate today) {
        var kind = in.choice("kind", List.of(LeavingCareOffer.Kind.values()), "Select Staying Put or Staying Close");
        var carer = in.text("carer", "name of the carer or provider", CARER_MAX, true);
        var latest = today.plusYears(5); // an arrangement agreed ahead may be recorded with its planned dates
        var started = in.date("started", "date the arrangement started", true, latest);
        var ended = in.date("ended", "date the arrangement ended", false, latest);
        if (started != null && ended != null && !ended.isAfter(started)) {
            in.error("ended", "The date the arrangement ended must be after the date it started");
        }
        var cost = pounds(in, "weeklyCost", "weekly cost", true);
        var support = pounds(in, "carerSupport", "weekly support to the former foster carer", false);
        var supportUntil = in.date("supportUntil", "last day the support is paid", false, latest);
        var at21 = Birthdays.nth(dateOfBirth, 21);
        boolean paysSupport = support != null && support.signum() > 0;
        if (paysSupport && kind == LeavingCareOffer.Kind.STAYING_CLOSE) {
            in.error("carerSupport", "Support to a former foster carer is paid only in Staying Put: enter 0 or"
                    + " leave it blank");
        } else if (paysSupport && started != null && !started.isBefore(at21)) {
            in.error("carerSupport", "Support to the former foster carer stops at 21, and this arrangement starts on"
                    + " or after their 21st birthday (" + DAY.format(at21) + "): enter 0 or leave it blank");
        }
        if (supportUntil != null && !supportUntil.isBefore(at21)) {
            in.error("supportUntil", "Support to the former foster carer stops at 21: the last day it is paid must be"
                    + " before their 21st birthday (" + DAY.format(at21) + ")");
        } else if (supportUntil != null && started != null && supportUntil.isBefore(started)) {
            in.error("supportUntil", "The last day the support is paid must be on or after the date the arrangement"
                    + " started");
        }
        in.orderAsOnThePage(ORDER.toArray(String[]::new));
        if (in.hasErrors() || kind == null || carer == null || started == null || cost == null) {
            return null;
        }
        return new LeavingCareOffer.StayingArrangement(id, childId, kind, carer.strip(), started, ended, cost,
                support == null ? BigDecimal.ZERO : support, supportUntil, null, in.version());
    }

    /** Pounds and pence, not below zero; blank is an error only when required (else null). */
    private static @Nullable BigDecimal pounds(FormInput in, String name, String label, boolean required) {
        var v = in.raw(name).replace("£", "").replace(",", "").strip();
        if (v.isEmpty()) {
            if (required) {
                in.error(name, "Enter the " + label);
            }
            return null;
        }
        if (!v.matches("-?\\d{1,7}(\\.\\d{1,2})?")) {
            in.error(name, "The " + label + " must be an amount in pounds, like 250 or 250.50");
            return null;
        }
        var amount = new BigDecimal(v);
        if (amount.signum() < 0) {
            in.error(name, "The " + label + " must be £0 or more");
            return null;
        }
        return amount;
    }

    /** The form filled from an arrangement (or blank, version 0). */
    static Map<String, String> values(LeavingCareOffer.@Nullable StayingArrangement a) {
        var values = new HashMap<String, String>();
        if (a == null) {
            values.put("version", "0");
            return values;
        }
        values.put("kind", a.kind().name());
        values.put("carer", a.carer());
        FormInput.putDate(values, "started", a.started());
        FormInput.putDate(values, "ended", a.ended());
        values.put("weeklyCost", a.weeklyCost().toPlainString());
        values.put("carerSupport", a.carerSupport().toPlainString());
        FormInput.putDate(values, "supportUntil", a.supportUntil());
        values.put("version", String.valueOf(a.version()));
        return values;
    }
}
