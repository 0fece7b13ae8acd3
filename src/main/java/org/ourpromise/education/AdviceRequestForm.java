package org.ourpromise.education;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.FormInput;

/** Reads the form for a request for advice and information: who asked, about what, when, and when it was answered. */
final class AdviceRequestForm {

    static final int SUBJECT_MAX = 500;

    record Result(@Nullable AdviceRequest request, Map<String, String> errors) {
    }

    private AdviceRequestForm() {
    }

    static Result read(Map<String, String> params, long id, LocalDate today) {
        var in = new FormInput(params);
        var askedBy = in.choice("askedBy", EnumSet.allOf(AdviceRequest.AskedBy.class), "Select who asked");
        String asker = in.text("asker", "name of the person or school who asked", 200, false);
        String subject = in.text("subject", "what they asked about", SUBJECT_MAX, true);
        var askedOn = in.date("askedOn", "date they asked", true, today);
        var answeredOn = in.date("answeredOn", "date it was answered", false, today);
        if (askedOn != null && answeredOn != null && answeredOn.isBefore(askedOn)) {
            in.error("answeredOn", "The date it was answered must be on or after the date they asked");
        }
        if (in.hasErrors()) {
            return new Result(null, in.errors());
        }
        return new Result(new AdviceRequest(id, askedBy, asker == null || asker.isBlank() ? null : asker, subject,
                askedOn, answeredOn, in.version()), Map.of());
    }

    static Map<String, String> values(AdviceRequest r) {
        var v = new HashMap<String, String>();
        v.put("askedBy", r.askedBy().name());
        v.put("asker", r.asker() == null ? "" : r.asker());
        v.put("subject", r.subject());
        FormInput.putDate(v, "askedOn", r.askedOn());
        FormInput.putDate(v, "answeredOn", r.answeredOn());
        v.put("version", String.valueOf(r.version()));
        return v;
    }

    static Map<String, String> choices() {
        var c = new LinkedHashMap<String, String>();
        for (var a : AdviceRequest.AskedBy.values()) {
            c.put(a.name(), a.words());
        }
        return c;
    }
}
