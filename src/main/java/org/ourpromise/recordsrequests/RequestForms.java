package org.ourpromise.recordsrequests;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.FormInput;

/** Reads the register's forms: a new request, its progress and something withheld. Errors, or the values. */
final class RequestForms {

    static final int NAME_LIMIT = 120;
    static final int TEXT_LIMIT = 500;
    static final int WHY_LIMIT = 1000;

    /** A new request as read: its fields, or errors. */
    record NewRequest(String requesterName, RecordsRequest.@Nullable RequesterKind kind, String askedFor,
            @Nullable LocalDate received, boolean identityAsked) {
    }

    /** Something withheld as read. */
    record NewWithheld(String what, Withheld.@Nullable Exemption exemption, String why) {
    }

    private RequestForms() {
    }

    static NewRequest newRequest(FormInput in, LocalDate today) {
        String name = text(in, "requesterName", "name of the person asking", NAME_LIMIT);
        var kind = in.choice("requesterKind", EnumSet.allOf(RecordsRequest.RequesterKind.class),
                "Select who is asking for the records");
        String askedFor = text(in, "askedFor", "records asked for", TEXT_LIMIT);
        var received = in.date("received", "date the request was received", true, today);
        return new NewRequest(name, kind, askedFor, received, in.yes("identityAsked"));
    }

    /** The progress, checked against the request's dates: nothing before it arrived, the extension told in time. */
    static @Nullable RequestProgress progress(FormInput in, RecordsRequest request, LocalDate today) {
        boolean asked = in.yes("identityAsked");
        var checked = in.date("identityChecked", "date identity was checked", false, today);
        notBefore(in, "identityChecked", checked, request.received(), "date identity was checked");
        Integer months = in.whole("extensionMonths", "extension", 0, ResponseDeadline.MOST_EXTENSION_MONTHS, false);
        int extension = months == null ? 0 : months;
        String reason = in.raw("extensionReason");
        var told = in.date("extensionTold", "date the requester was told of the extension", false, today);
        var sent = in.date("sent", "date the records were sent", false, today);
        notBefore(in, "sent", sent, request.received(), "date the records were sent");
        if (extension > 0) {
            extension(in, reason, told, ResponseDeadline.clockStarts(request.received(), asked, checked));
        } else if (!reason.isEmpty() || told != null) {
            in.error("extensionMonths", "Select how long the extension is, or clear its reason and date");
        }
        if (sent != null && asked && checked == null && !in.errors().containsKey("identityChecked")) {
            in.error("identityChecked", "Enter the date identity was checked before recording the records as sent");
        }
        if (in.hasErrors()) {
            return null;
        }
        return new RequestProgress(asked, checked, extension, extension > 0 ? reason : null,
                extension > 0 ? told : null, sent);
    }

    /** The requester must be told of an extension, and why, within the first month (UK GDPR art. 12(3)). */
    private static void extension(FormInput in, String reason, @Nullable LocalDate told, @Nullable LocalDate start) {
        if (reason.isEmpty()) {
            in.error("extensionReason", "Say why the request needs longer (the requester is told this reason)");
        } else if (reason.length() > TEXT_LIMIT) {
            in.error("extensionReason", "Write the reason in " + TEXT_LIMIT + " characters or fewer (you wrote "
                    + reason.length() + ")");
        }
        if (told == null) {
            in.error("extensionTold", "Enter the date the requester was told of the extension");
        } else if (start == null) {
            in.error("extensionTold", "The month cannot be extended before identity is checked: it has not started");
        } else if (told.isAfter(ResponseDeadline.firstMonth(start))) {
            in.error("extensionTold", "The requester must be told within the first month, by "
                    + RequestWords.day(ResponseDeadline.firstMonth(start)) + ": too late to extend");
        } else if (told.isBefore(start)) {
            in.error("extensionTold", "The date the requester was told must be on or after the month started ("
                    + RequestWords.day(start) + ")");
        }
    }

    static NewWithheld withheld(FormInput in) {
        String what = text(in, "what", "what was withheld", TEXT_LIMIT);
        var exemption = in.choice("exemption", EnumSet.allOf(Withheld.Exemption.class), "Select why it was withheld");
        String why = text(in, "why", "reason", WHY_LIMIT);
        return new NewWithheld(what, exemption, why);
    }

    private static String text(FormInput in, String name, String label, int limit) {
        String v = in.raw(name);
        if (v.isEmpty()) {
            in.error(name, "Enter the " + label);
        } else if (v.length() > limit) {
            in.error(name, "The " + label + " must be " + limit + " characters or fewer (you wrote " + v.length() + ")");
        }
        return v;
    }

    private static void notBefore(FormInput in, String name, @Nullable LocalDate date, LocalDate received, String label) {
        if (date != null && date.isBefore(received)) {
            in.error(name, "The " + label + " must be on or after the day the request was received ("
                    + RequestWords.day(received) + ")");
        }
    }

    /** The progress form's values for a request as saved. */
    static Map<String, String> values(RecordsRequest r) {
        var values = new LinkedHashMap<String, String>();
        values.put("identityAsked", r.identityAsked() ? "yes" : "");
        FormInput.putDate(values, "identityChecked", r.identityChecked());
        values.put("extensionMonths", String.valueOf(r.extensionMonths()));
        values.put("extensionReason", r.extensionReason() == null ? "" : r.extensionReason());
        FormInput.putDate(values, "extensionTold", r.extensionTold());
        FormInput.putDate(values, "sent", r.sent());
        values.put("version", String.valueOf(r.version()));
        return values;
    }

    static Map<String, String> kinds() {
        var m = new LinkedHashMap<String, String>();
        for (var k : RecordsRequest.RequesterKind.values()) {
            m.put(k.name(), k.words());
        }
        return m;
    }

    static Map<String, String> exemptions() {
        var m = new LinkedHashMap<String, String>();
        for (var e : Withheld.Exemption.values()) {
            m.put(e.name(), e.words());
        }
        return m;
    }
}
