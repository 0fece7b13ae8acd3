package org.ourpromise.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.CaseFile;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.Outcome;
import org.ourpromise.casefile.RecordChecks;
import org.ourpromise.children.ChildRegister;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.returns.CodeList;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A move to a new placement: the open episode ends (X1) and a new one starts the same day, checked against the
 * code lists of the move's collection year and the child's open episode. When the legal status changed the same day,
 * the one new episode carries both (decision 0126): RNE B (new carer) or U (same carer), not two episodes, since an
 * episode cannot start and end on one day.
 */
@Service
class PlacementChangeRecording {

    /** The new placement as entered. */
    private record Move(@Nullable LocalDate date, @Nullable String place, @Nullable String provider,
            @Nullable String reason, @Nullable String postcode, String urn, boolean sameCarer,
            @Nullable String legalStatus) {

        /** The reason for the new episode: which of placement, carer and legal status changed that day. */
        String reasonNewEpisode() {
            if (legalStatus == null) {
                return sameCarer ? "T" : "P";
            }
            return sameCarer ? "U" : "B";
        }
    }

    private final CaseFile caseFile;
    private final CareEpisodeRepository care;
    private final ChildRegister register;

    PlacementChangeRecording(CaseFile caseFile, CareEpisodeRepository care, ChildRegister register) {
        this.caseFile = caseFile;
        this.care = care;
        this.register = register;
    }

    @Transactional
    public Outcome record(PromiseUser user, String childId, FormInput in) {
        register.lockForChange(childId);
        var child = caseFile.read(user, childId);
        var today = caseFile.today();
        var move = read(in, today);
        CareEpisode open = child.episodes().stream().filter(CareEpisode::isOpen).reduce((a, b) -> b).orElse(null);
        if (open == null) {
            in.error("date", "This child is not in care, so there is no placement to change");
        } else if (move.date() != null && !move.date().isAfter(open.started())) {
            in.error("date", "The move must be after the current placement began on "
                    + Ssda903Dates.format(open.started()) + " (an episode cannot start and end on the same day)."
                    + " If the legal status changed that day too, correct that episode instead");
        }
        if (open != null && open.legalStatus().equals(move.legalStatus())) {
            in.error("legalStatus", "This is the child's legal status already: leave it blank if it did not change");
        }
        if (in.hasErrors()) {
            return Outcome.refused(in, child);
        }
        return save(child, open, move);
    }

    private Move read(FormInput in, LocalDate today) {
        LocalDate date = in.date("date", "date of the move", true, today);
        int year = RecordChecks.codeYear(date, today);
        String place = in.code("placement", "placement type", CodeList.PLACE, year, true);
        String provider = in.code("provider", "placement provider", CodeList.PLACE_PROVIDER, year, false);
        String reason = in.code("reason", "reason for the change", CodeList.REASON_PLACE_CHANGE, year, true);
        String postcode = in.postcode("postcode", "placement");
        String urn = in.raw("urn").toUpperCase(Locale.ROOT);
        boolean sameCarer = in.yes("sameCarer");
        String legalStatus = in.code("legalStatus", "new legal status", CodeList.LS, year, false);
        if (!urn.isEmpty() && !urn.matches("SC\\d{6}|\\d{7}|XXXXXXX")) {
            in.error("urn", "Enter the Ofsted URN as SC and 6 digits, or 7 digits");
        }
        if (place != null) {
            checkProvider(in, place, provider);
        }
        return new Move(date, place, provider, reason, postcode, urn, sameCarer, legalStatus);
    }

    static void checkProvider(FormInput in, String place, @Nullable String provider) {
        boolean temporaryOrOther = place.startsWith("T") || place.startsWith("Z");
        if (temporaryOrOther && provider != null) {
            in.error("provider", "Leave the provider blank for temporary and other placements");
        } else if (!temporaryOrOther && provider == null) {
            in.error("provider", "Select the placement provider");
        } else if ("PR0".equals(provider) != "P1".equals(place)) {
            in.error("provider", "Parents are the provider only for a placement with parents, and always for one");
        }
    }

    private Outcome save(ChildRecord child, CareEpisode open, Move move) {
        String childId = child.childId();
        LocalDate date = move.date();
        var episodes = new ArrayList<>(child.episodes());
        episodes.set(episodes.indexOf(open), new CareEpisode(open.started(), open.reasonNewEpisode(),
                open.legalStatus(), open.categoryOfNeed(), open.placement(), open.provider(), date, "X1",
                move.reason(), open.homePostcode(), open.placementPostcode(), open.urn()));
        String legalStatus = move.legalStatus() == null ? open.legalStatus() : move.legalStatus();
        episodes.add(new CareEpisode(date, move.reasonNewEpisode(), legalStatus, open.categoryOfNeed(),
                move.place(), move.provider(), null, null, null, open.homePostcode(), move.postcode(),
                move.urn().isEmpty() ? null : move.urn()));
        care.replaceEpisodes(childId, episodes);
        var changed = child.withEpisodes(care.episodes(childId).getOrDefault(childId, List.of()));
        int year = Ssda903Dates.collectionYearOf(date);
        return caseFile.recorded(changed, "Placement change on " + Ssda903Dates.format(date) + " to "
                + CodeList.PLACE.label(move.place(), year) + (move.legalStatus() == null ? ""
                : ", and legal status changed the same day to " + CodeList.LS.label(move.legalStatus(), year)),
                new PlacementChanged(childId, date, move.place()));
    }
}
