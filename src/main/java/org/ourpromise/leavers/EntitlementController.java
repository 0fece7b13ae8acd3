package org.ourpromise.leavers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.RecordingForm;
import org.ourpromise.casefile.RecordingPages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The leaving-care entitlement form on a young person's record. */
@Controller
class EntitlementController {

    static final RecordingForm FORM = new RecordingForm("leaving-care-entitlement",
            "Record the basis of leaving-care support", "leavers/leaving-care-entitlement", List.of());
    private static final String PATH = "/children/{childId}/record/leaving-care-entitlement";

    private final RecordingPages pages;
    private final EntitlementRecording recording;

    EntitlementController(RecordingPages pages, EntitlementRecording recording) {
        this.pages = pages;
        this.recording = recording;
    }

    @GetMapping(PATH)
    String show(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam(required = false) @Nullable String kind, Model model) {
        return pages.show(user, childId, FORM, kind, null, model, (m, child, year) -> {
            choices(m);
            var current = recording.current(child.childId());
            var values = new java.util.HashMap<String, String>();
            if (current != null) {
                values.put("basis", current.basis().name());
                values.put("version", String.valueOf(current.version()));
                date(values, "programmeEnds", current.programmeEnds());
                date(values, "declinedOn", current.declinedOn());
            }
            m.addAttribute("values", values);
        });
    }

    @PostMapping(PATH)
    String submit(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model) {
        return pages.submit(user, childId, FORM, params, model, recording::record, (m, child, year) -> choices(m));
    }

    private static void choices(Model model) {
        var bases = new LinkedHashMap<String, String>();
        var hints = new LinkedHashMap<String, String>();
        for (var b : EntitlementBasis.values()) {
            bases.put(b.name(), b.words());
            hints.put(b.name(), switch (b) {
                case TO_21 -> "The duty ends on their 21st birthday";
                case EDUCATION_PROGRAMME -> "To the end of the programme, even past 21 (never past 25): enter its end";
                case BACK_IN_EDUCATION -> "Returned to education or training before 25: enter its end if known";
                case ON_REQUEST_TO_25 -> "To 25, or until they say they no longer want support: enter that date";
            });
        }
        model.addAttribute("bases", bases);
        model.addAttribute("basisHints", hints);
    }

    private static void date(Map<String, String> values, String name, java.time.@Nullable LocalDate d) {
        if (d != null) {
            values.put(name + "-day", String.valueOf(d.getDayOfMonth()));
            values.put(name + "-month", String.valueOf(d.getMonthValue()));
            values.put(name + "-year", String.valueOf(d.getYear()));
        }
    }
}
