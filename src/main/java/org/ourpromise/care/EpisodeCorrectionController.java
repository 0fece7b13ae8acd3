package org.ourpromise.care;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.CaseFile;
import org.ourpromise.casefile.ChildNotFoundException;
import org.ourpromise.casefile.CurrentFacts;
import org.ourpromise.casefile.RecordingForm;
import org.ourpromise.casefile.RecordingForm.ReturnField;
import org.ourpromise.casefile.RecordingPages;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.returns.CodeList;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Correcting an episode of care: the child's episodes to choose from, then the correction form. */
@Controller
class EpisodeCorrectionController {

    static final RecordingForm FORM = new RecordingForm("episode-correction", "Correct an episode of care",
            "care/episode-correction", List.of(
                    ReturnField.date("date", "Date the episode began", "DECOM"),
                    ReturnField.field("legalStatus", "Legal status", "LS"),
                    ReturnField.field("need", "Category of need", "CIN"),
                    ReturnField.field("placement", "Placement type", "PLACE"),
                    ReturnField.field("provider", "Placement provider", "PLACE_PROVIDER"),
                    ReturnField.field("reasonCeased", "Reason the episode ended", "REC")));
    private static final String PATH = "/children/{childId}/record/episode-correction";

    /** One episode on the list: its place in the chain and its words. */
    record Line(int index, String words) {
    }

    private final RecordingPages pages;
    private final CaseFile caseFile;
    private final EpisodeCorrection corrections;

    EpisodeCorrectionController(RecordingPages pages, CaseFile caseFile, EpisodeCorrection corrections) {
        this.pages = pages;
        this.caseFile = caseFile;
        this.corrections = corrections;
    }

    @GetMapping(PATH)
    String show(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam(required = false) @Nullable String episode, Model model) {
        if (episode == null) {
            if (!childId.matches("[A-Za-z0-9_-]{1,40}")) {
                throw new ChildNotFoundException(childId);
            }
            var child = caseFile.open(user, childId, "opened the list of episodes to correct");
            model.addAttribute("child", child);
            model.addAttribute("facts", CurrentFacts.of(child, caseFile.today()));
            var lines = new ArrayList<Line>();
            for (int i = child.episodes().size() - 1; i >= 0; i--) {
                lines.add(new Line(i, EpisodeCorrection.words(child.episodes().get(i))));
            }
            model.addAttribute("episodes", lines);
            return "care/episode-corrections";
        }
        return pages.show(user, childId, FORM, null, null, model, (m, child, year) -> {
            int i = episode.matches("\\d{1,4}") ? Integer.parseInt(episode) : -1;
            if (i < 0 || i >= child.episodes().size()) {
                throw new ChildNotFoundException(childId);
            }
            choices(m, child, i, year);
            m.addAttribute("values", valuesOf(child, i));
        });
    }

    @PostMapping(PATH)
    String correct(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model) {
        return pages.submit(user, childId, FORM, params, model, corrections::correct, (m, child, year) -> {
            String raw = params.getOrDefault("episode", "");
            int i = raw.matches("\\d{1,4}") ? Integer.parseInt(raw) : -1;
            choices(m, child, i >= 0 && i < child.episodes().size() ? i : -1, year);
        });
    }

    private static void choices(Model model, ChildRecord child, int i, int year) {
        var e = i < 0 ? null : child.episodes().get(i);
        int y = e == null ? year : Ssda903Dates.collectionYearOf(e.started());
        model.addAttribute("episode", e == null ? null : EpisodeCorrection.words(e));
        model.addAttribute("closed", e != null && e.ceased() != null);
        model.addAttribute("legalStatuses", CodeList.LS.labels(y));
        model.addAttribute("needs", CodeList.CIN.labels(y));
        model.addAttribute("placements", CodeList.PLACE.labels(y));
        model.addAttribute("providers", CodeList.PLACE_PROVIDER.labels(y));
        model.addAttribute("reasons", CodeList.REC.labels(e == null || e.ceased() == null ? y
                : Ssda903Dates.collectionYearOf(e.ceased())));
    }

    private static Map<String, String> valuesOf(ChildRecord child, int i) {
        CareEpisode e = child.episodes().get(i);
        var values = new HashMap<String, String>();
        values.put("episode", String.valueOf(i));
        values.put("version", EpisodeCorrection.fingerprint(child.episodes()));
        values.put("date-day", String.valueOf(e.started().getDayOfMonth()));
        values.put("date-month", String.valueOf(e.started().getMonthValue()));
        values.put("date-year", String.valueOf(e.started().getYear()));
        values.put("legalStatus", e.legalStatus());
        values.put("need", e.categoryOfNeed());
        values.put("placement", e.placement());
        values.put("provider", e.provider() == null ? "" : e.provider());
        values.put("reasonCeased", e.reasonCeased() == null ? "" : e.reasonCeased());
        return values;
    }
}
