package org.ourpromise.missing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.RecordingForm;
import org.ourpromise.casefile.RecordingForm.ReturnField;
import org.ourpromise.casefile.RecordingPages;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.MissingEpisode;
import org.ourpromise.returns.CodeList;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The missing forms on a child's record: an episode, and the return from it with its return interview. */
@Controller
class MissingFormsController {

    static final RecordingForm MISSING_EPISODE = new RecordingForm("missing-episode", "Record a missing episode",
            "missing/missing-episode", List.of(
                    ReturnField.field("type", "Kind of absence", "MISSING"),
                    ReturnField.date("start", "Date they went missing", "MIS_START"),
                    ReturnField.date("end", "Date they came back", "MIS_END")));
    static final RecordingForm MISSING_RETURN = new RecordingForm("missing-return",
            "Record a return from missing, or its return interview", "missing/missing-return", List.of(
                    ReturnField.date("end", "Date they came back", "MIS_END")));

    private static final String FORM = "/children/{childId}/record/";

    private final RecordingPages pages;
    private final MissingRecording recording;

    MissingFormsController(RecordingPages pages, MissingRecording recording) {
        this.pages = pages;
        this.recording = recording;
    }

    @GetMapping(FORM + "missing-episode")
    String episode(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam(required = false) @Nullable String kind, Model model) {
        return pages.show(user, childId, MISSING_EPISODE, kind, null, model, MissingFormsController::episodeChoices);
    }

    @PostMapping(FORM + "missing-episode")
    String episode(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model) {
        return pages.submit(user, childId, MISSING_EPISODE, params, model, recording::episode,
                MissingFormsController::episodeChoices);
    }

    @GetMapping(FORM + "missing-return")
    String returned(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam(required = false) @Nullable String kind, Model model) {
        return pages.show(user, childId, MISSING_RETURN, kind, null, model, MissingFormsController::openEpisodes);
    }

    @PostMapping(FORM + "missing-return")
    String returned(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model) {
        return pages.submit(user, childId, MISSING_RETURN, params, model, recording::returned,
                MissingFormsController::openEpisodes);
    }

    private static void episodeChoices(Model model, ChildRecord child, int year) {
        model.addAttribute("missingTypes", CodeList.MISSING.labels(year));
    }

    /** The episodes a return or interview can complete, newest first. */
    private static void openEpisodes(Model model, ChildRecord child, int year) {
        var episodes = new LinkedHashMap<String, String>();
        child.missing().stream().filter(m -> m.ended() == null || m.interviewHeld() == null && !m.interviewDeclined())
                .sorted(Comparator.comparing(MissingEpisode::started).reversed())
                .forEach(m -> episodes.putIfAbsent(m.started().toString(), (m.type().equals("M") ? "Missing" : "Away")
                        + " from " + Ssda903Dates.format(m.started()) + (m.ended() == null ? ", not back yet"
                                : ", back " + Ssda903Dates.format(m.ended()))));
        model.addAttribute("openEpisodes", episodes);
    }
}
