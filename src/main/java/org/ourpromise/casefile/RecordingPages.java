package org.ourpromise.casefile;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every recording form's pages do, whichever feature owns the form: show it for a child, and on
 * submission save or show it again with what was typed and a message by each wrong field. Saved: back to
 * the record, or first to what DfE's rules now say about the fields just entered. A true fact is never
 * blocked by those rules.
 */
@Component
public class RecordingPages {

    /** Records a submitted form: checks it against the child's record and saves it, or changes nothing. */
    @FunctionalInterface
    public interface Recorder {
        Outcome record(PromiseUser user, String childId, FormInput in);
    }

    /** Adds the form's own choices (code lists, the events a follow-up form can complete) to the page. */
    @FunctionalInterface
    public interface Choices {
        void add(Model model, ChildRecord child, int year);
    }

    private final CaseFile caseFile;

    RecordingPages(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    /** The empty form, with the choice a worklist line made ({@code kind}) or the form's usual one. */
    public String show(PromiseUser user, String childId, RecordingForm form, @Nullable String kind,
            @Nullable String usualKind, Model model, Choices choices) {
        var child = caseFile.open(user, ChildRecordController.checked(childId), "opened the form: " + form.title());
        String chosen = kind != null && kind.matches("[A-Z_]{1,40}") ? kind : usualKind;
        prepare(model, form, child, Map.of(), chosen == null ? Map.of() : Map.of("kind", chosen), choices);
        return form.view();
    }

    public String submit(PromiseUser user, String childId, RecordingForm form, Map<String, String> params, Model model,
            Recorder recorder, Choices choices) {
        String id = ChildRecordController.checked(childId);
        if ("yes".equals(params.get("withdraw")) && !Confirmation.given(params)) {
            // a correction form's "this did not happen": taken off the record only once the user confirms it
            caseFile.open(user, id, "asked to confirm a withdrawal: " + form.title());
            return Confirmation.ask(model, "Are you sure you want to withdraw this from the record?",
                    "It will no longer count for deadlines, measures or the return. The version withdrawn and your "
                    + "reason stay in the record's history.", "Yes, withdraw it",
                    "/children/" + id + "/record/" + form.path(), "/children/" + id, params);
        }
        var outcome = recorder.record(user, id, new FormInput(params));
        if (outcome.saved()) {
            var warnings = SavedWarnings.of(form, params, outcome.child(), caseFile.today());
            if (warnings.isEmpty()) {
                SuccessBanner.flash(outcome.summary());
                return "redirect:" + UriComponentsBuilder.fromPath("/children/{id}").buildAndExpand(id).encode().toUriString();
            }
            caseFile.viewed(id, "shown what the return's rules say after saving: " + form.title());
            model.addAttribute("title", form.title());
            model.addAttribute("summary", outcome.summary());
            model.addAttribute("rows", warnings);
            model.addAttribute("childId", id);
            return "children/saved";
        }
        caseFile.viewed(id, "form returned with errors: " + form.title());
        Map<String, String> values = params;
        var stale = outcome.stale();
        if (stale != null) {
            // the user's entries stay; the hidden version becomes the one saved now, so saving again applies them
            var kept = new java.util.HashMap<>(params);
            kept.put("version", String.valueOf(stale.version()));
            values = kept;
            model.addAttribute("stale", stale);
        }
        prepare(model, form, outcome.child(), outcome.errors(), values, choices);
        return form.view();
    }

    private void prepare(Model model, RecordingForm form, ChildRecord child, Map<String, String> errors,
            Map<String, String> values, Choices choices) {
        model.addAttribute("title", form.title());
        model.addAttribute("form", form.path());
        model.addAttribute("child", child);
        model.addAttribute("facts", CurrentFacts.of(child, caseFile.today()));
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        choices.add(model, child, Ssda903Dates.collectionYearOf(caseFile.today()));
    }
}
