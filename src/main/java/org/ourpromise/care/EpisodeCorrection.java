package org.ourpromise.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.CaseFile;
import org.ourpromise.casefile.Corrections;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.Outcome;
import org.ourpromise.casefile.RecordChecks;
import org.ourpromise.casefile.StaleEdit;
import org.ourpromise.children.ChildRegister;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.returns.CodeList;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Correcting an episode of care recorded wrongly (decision 0085): the day it began (the episode before it, when it
 * ended that day, ends on the corrected day too), its legal status, category of need, placement and provider, and
 * how it ended. The page carries a fingerprint of the child's episodes as read; a correction made from a page opened
 * before another change to them is refused. The child's row is held while the correction is checked and made.
 */
@Service
class EpisodeCorrection {

    private final CaseFile caseFile;
    private final CareEpisodeRepository care;
    private final ChildRegister register;
    private final Corrections corrections;

    EpisodeCorrection(CaseFile caseFile, CareEpisodeRepository care, ChildRegister register, Corrections corrections) {
        this.caseFile = caseFile;
        this.care = care;
        this.register = register;
        this.corrections = corrections;
    }

    /** The fingerprint of a child's episodes that a correction must name: any change to them changes it. */
    static String fingerprint(List<CareEpisode> episodes) {
        return String.valueOf(episodes.hashCode());
    }

    @Transactional
    public Outcome correct(PromiseUser user, String childId, FormInput in) {
        register.lockForChange(childId);
        var child = caseFile.read(user, childId);
        var eps = child.episodes();
        int i = index(in.raw("episode"), eps.size());
        if (i < 0) {
            in.error("episode", "This episode is no longer on the record. Go back to the record and choose it again");
            return Outcome.refused(in, child);
        }
        if (!fingerprint(eps).equals(in.raw("version"))) {
            return Outcome.stale(in, child, changes(eps, eps.get(i), in), "episode");
        }
        var was = eps.get(i);
        var now = read(in, was);
        if (now != null) {
            check(in, eps, i, now);
        }
        String reason = Corrections.reason(in);
        if (in.hasErrors() || now == null || reason == null) {
            return Outcome.refused(in, child);
        }
        var corrected = new ArrayList<>(eps);
        corrected.set(i, now);
        var before = i > 0 ? eps.get(i - 1) : null;
        if (before != null && was.started().equals(before.ceased())) {
            corrected.set(i - 1, endedOn(before, now.started()));
        }
        care.replaceEpisodes(childId, corrected);
        ChildRecord changed = child.withEpisodes(care.episodes(childId).getOrDefault(childId, List.of()));
        return corrections.corrected(user, changed, "episode of care", childId + "#" + i, now.started(), false, reason,
                words(was), words(now), new EpisodeCorrected(childId, was.started(), now.started()));
    }

    private @Nullable CareEpisode read(FormInput in, CareEpisode was) {
        LocalDate date = in.date("date", "date the episode began", true, caseFile.today());
        int year = RecordChecks.codeYear(date, caseFile.today());
        String ls = in.code("legalStatus", "legal status", CodeList.LS, year, true);
        String need = in.code("need", "category of need", CodeList.CIN, year, true);
        String place = in.code("placement", "placement type", CodeList.PLACE, year, true);
        String provider = in.code("provider", "placement provider", CodeList.PLACE_PROVIDER, year, false);
        if (place != null) {
            PlacementChangeRecording.checkProvider(in, place, provider);
        }
        String ended = was.ceased() == null ? null : in.code("reasonCeased", "reason the episode ended", CodeList.REC,
                Ssda903Dates.collectionYearOf(was.ceased()), true);
        if (date == null || ls == null || need == null || place == null || (was.ceased() != null && ended == null)) {
            return null;
        }
        return new CareEpisode(date, was.reasonNewEpisode(), ls, need, place, provider, was.ceased(), ended,
                was.reasonPlacementChange(), was.homePostcode(), was.placementPostcode(), was.urn());
    }

    /** The corrected day stays between the episode before it began and this one's end; something must change. */
    private static void check(FormInput in, List<CareEpisode> eps, int i, CareEpisode now) {
        var was = eps.get(i);
        if (i > 0 && !now.started().isAfter(eps.get(i - 1).started())) {
            in.error("date", "The episode must begin after the one before it, which began on "
                    + Ssda903Dates.format(eps.get(i - 1).started()));
        } else if (now.ceased() != null && now.started().isAfter(now.ceased())) {
            in.error("date", "The episode cannot begin after it ended, on " + Ssda903Dates.format(now.ceased()));
        } else if (i > 0 && eps.get(i - 1).ceased() != null && !was.started().equals(eps.get(i - 1).ceased())
                && now.started().isBefore(eps.get(i - 1).ceased())) {
            in.error("date", "The episode cannot begin before the period of care before it ended, on "
                    + Ssda903Dates.format(eps.get(i - 1).ceased()));
        }
        if ("X1".equals(now.reasonCeased()) != "X1".equals(was.reasonCeased())) {
            in.error("reasonCeased", "X1 is for an episode followed by another the same day: it can be neither"
                    + " added nor removed here");
        }
        if (now.equals(was)) {
            in.error("date", "Nothing has been changed: correct a date or a code");
        }
    }

    /** The episode as saved now beside what the user entered on a page opened before the episodes were changed. */
    private static StaleEdit changes(List<CareEpisode> eps, CareEpisode e, FormInput in) {
        int y = Ssda903Dates.collectionYearOf(e.started());
        int end = e.ceased() == null ? y : Ssda903Dates.collectionYearOf(e.ceased());
        return new StaleEdit(eps.hashCode())
                .compare("Date the episode began", Ssda903Dates.format(e.started()), StaleEdit.enteredDate(in, "date"))
                .compare("Legal status", label(CodeList.LS, e.legalStatus(), y),
                        label(CodeList.LS, in.raw("legalStatus"), y))
                .compare("Category of need", label(CodeList.CIN, e.categoryOfNeed(), y),
                        label(CodeList.CIN, in.raw("need"), y))
                .compare("Placement type", label(CodeList.PLACE, e.placement(), y),
                        label(CodeList.PLACE, in.raw("placement"), y))
                .compare("Placement provider", label(CodeList.PLACE_PROVIDER, e.provider(), y),
                        label(CodeList.PLACE_PROVIDER, in.raw("provider"), y))
                .compare("Why the episode ended", label(CodeList.REC, e.reasonCeased(), end),
                        e.ceased() == null ? "" : label(CodeList.REC, in.raw("reasonCeased"), end));
    }

    private static String label(CodeList list, @Nullable String code, int year) {
        return code == null || code.isBlank() ? "" : list.label(code.strip().toUpperCase(java.util.Locale.ROOT), year);
    }

    private static int index(String raw, int size) {
        if (!raw.matches("\\d{1,4}")) {
            return -1;
        }
        int i = Integer.parseInt(raw);
        return i < size ? i : -1;
    }

    private static CareEpisode endedOn(CareEpisode e, LocalDate date) {
        return new CareEpisode(e.started(), e.reasonNewEpisode(), e.legalStatus(), e.categoryOfNeed(), e.placement(),
                e.provider(), date, e.reasonCeased(), e.reasonPlacementChange(), e.homePostcode(), e.placementPostcode(),
                e.urn());
    }

    /** The episode in words (the year's labels, no codes), for the chronology and the audit entry. */
    static String words(CareEpisode e) {
        int year = Ssda903Dates.collectionYearOf(e.started());
        return "episode from " + Ssda903Dates.format(e.started()) + ": " + CodeList.LS.label(e.legalStatus(), year)
                + "; " + CodeList.CIN.label(e.categoryOfNeed(), year) + "; " + CodeList.PLACE.label(e.placement(), year)
                + (e.ceased() == null || e.reasonCeased() == null ? "" : "; ended " + Ssda903Dates.format(e.ceased())
                        + ": " + CodeList.REC.label(e.reasonCeased(), Ssda903Dates.collectionYearOf(e.ceased())));
    }
}
