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
import org.ourpromise.timescales.Birthdays;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's time in care as it happens (decision 0087): the start of a period of care (coming into care, or coming
 * back), a change of legal status, and the end of a period with DfE's reason. Each writes the episodes the return's
 * derivation expects: a new period opens with reason S; a change of legal status ends the open episode with X1 and
 * opens one with reason L the same day; the end closes the open episode with the reason given. The child's row is
 * held while the change is checked and made, so two changes are made one after the other.
 */
@Service
class PeriodOfCareRecording {

    /** A new period of care as entered. */
    private record Start(@Nullable LocalDate date, @Nullable String legalStatus, @Nullable String need,
            @Nullable String place, @Nullable String provider, @Nullable String home, @Nullable String postcode,
            @Nullable String urn, boolean uasc) {
    }

    private final CaseFile caseFile;
    private final CareEpisodeRepository care;
    private final ChildRegister register;

    PeriodOfCareRecording(CaseFile caseFile, CareEpisodeRepository care, ChildRegister register) {
        this.caseFile = caseFile;
        this.care = care;
        this.register = register;
    }

    @Transactional
    public Outcome start(PromiseUser user, String childId, FormInput in) {
        register.lockForChange(childId);
        var child = caseFile.read(user, childId);
        var s = readStart(in, caseFile.today());
        CareEpisode last = last(child);
        if (s.date() != null) {
            if (s.date().isBefore(child.dateOfBirth())) {
                in.error("date", "The period of care cannot start before the child was born");
            } else if (last != null && last.ceased() == null) {
                in.error("date", "This child is already in care (since " + Ssda903Dates.format(last.started())
                        + "): record a placement change or a change of legal status instead");
            } else if (last != null && s.date().isBefore(last.ceased())) {
                in.error("date", "The child's last period of care ended on " + Ssda903Dates.format(last.ceased())
                        + ": a new period cannot start before that");
            }
        }
        if (in.hasErrors()) {
            return Outcome.refused(in, child);
        }
        care.insertEpisodes(childId, List.of(new CareEpisode(s.date(), "S", s.legalStatus(), s.need(), s.place(),
                s.provider(), null, null, null, s.home(), s.postcode(), s.urn())));
        if (s.uasc()) {
            register.markUasc(childId, ChildRecord.UASC_ONGOING);
        }
        var changed = caseFile.read(user, childId);
        String summary = (last == null ? "Came into care on " : "Came back into care on ")
                + Ssda903Dates.format(s.date()) + ", " + CodeList.LS.label(s.legalStatus(), year(s.date()));
        return caseFile.recorded(changed, summary, new PeriodOfCareStarted(childId, s.date(), last != null));
    }

    private Start readStart(FormInput in, LocalDate today) {
        LocalDate date = in.date("date", "date the child came into care", true, today);
        int year = RecordChecks.codeYear(date, today);
        String ls = in.code("legalStatus", "legal status", CodeList.LS, year, true);
        String need = in.code("need", "category of need", CodeList.CIN, year, true);
        String place = in.code("placement", "placement type", CodeList.PLACE, year, true);
        String provider = in.code("provider", "placement provider", CodeList.PLACE_PROVIDER, year, false);
        if (place != null) {
            PlacementChangeRecording.checkProvider(in, place, provider);
        }
        String home = in.postcode("homePostcode", "child's home");
        String postcode = in.postcode("postcode", "placement");
        String urn = in.raw("urn").toUpperCase(Locale.ROOT);
        if (!urn.isEmpty() && !urn.matches("SC\\d{6}|\\d{7}|XXXXXXX")) {
            in.error("urn", "Enter the Ofsted URN as SC and 6 digits, or 7 digits");
        }
        return new Start(date, ls, need, place, provider, home, postcode, urn.isEmpty() ? null : urn, in.yes("uasc"));
    }

    @Transactional
    public Outcome changeLegalStatus(PromiseUser user, String childId, FormInput in) {
        register.lockForChange(childId);
        var child = caseFile.read(user, childId);
        LocalDate date = in.date("date", "date the legal status changed", true, caseFile.today());
        String ls = in.code("legalStatus", "new legal status", CodeList.LS, RecordChecks.codeYear(date,
                caseFile.today()), true);
        CareEpisode open = open(child, in);
        if (open != null && date != null && !date.isAfter(open.started())) {
            in.error("date", "The change must be after the current episode began on "
                    + Ssda903Dates.format(open.started()) + " (an episode cannot start and end on the same day)");
        }
        if (open != null && ls != null && ls.equals(open.legalStatus())) {
            in.error("legalStatus", "This is the child's legal status already: choose the new one");
        }
        if (in.hasErrors() || open == null || date == null || ls == null) {
            return Outcome.refused(in, child);
        }
        var episodes = new ArrayList<>(child.episodes());
        episodes.set(episodes.indexOf(open), ended(open, date, "X1"));
        episodes.add(new CareEpisode(date, "L", ls, open.categoryOfNeed(), open.placement(), open.provider(), null,
                null, null, open.homePostcode(), open.placementPostcode(), open.urn()));
        care.replaceEpisodes(childId, episodes);
        var changed = child.withEpisodes(care.episodes(childId).getOrDefault(childId, List.of()));
        return caseFile.recorded(changed, "Legal status changed on " + Ssda903Dates.format(date) + " to "
                + CodeList.LS.label(ls, year(date)), new LegalStatusChanged(childId, date, ls));
    }

    @Transactional
    public Outcome end(PromiseUser user, String childId, FormInput in) {
        register.lockForChange(childId);
        var child = caseFile.read(user, childId);
        LocalDate date = in.date("date", "date the period of care ended", true, caseFile.today());
        String reason = in.code("reason", "reason the period of care ended", CodeList.REC,
                RecordChecks.codeYear(date, caseFile.today()), true);
        CareEpisode open = open(child, in);
        if (open != null && date != null && date.isBefore(open.started())) {
            in.error("date", "The period of care cannot end before its current episode began on "
                    + Ssda903Dates.format(open.started()));
        }
        checkReason(in, child, date, reason);
        if (in.hasErrors() || open == null || date == null || reason == null) {
            return Outcome.refused(in, child);
        }
        var episodes = new ArrayList<>(child.episodes());
        episodes.set(episodes.indexOf(open), ended(open, date, reason));
        care.replaceEpisodes(childId, episodes);
        var changed = child.withEpisodes(care.episodes(childId).getOrDefault(childId, List.of()));
        return caseFile.recorded(changed, "Left care on " + Ssda903Dates.format(date) + ": "
                + CodeList.REC.label(reason, year(date)), new PeriodOfCareEnded(childId, date, reason));
    }

    /** X1 continues care in a new episode; and nobody leaves care for turning 18, so E8 is not the reason for it. */
    private static void checkReason(FormInput in, ChildRecord child, @Nullable LocalDate date, @Nullable String reason) {
        if ("X1".equals(reason)) {
            in.error("reason", "This reason is for an episode followed by another the same day: to record a move or a"
                    + " new legal status, use the placement change or legal status form");
        } else if ("E8".equals(reason) && date != null && !date.isBefore(Birthdays.nth(child.dateOfBirth(), 18))) {
            in.error("reason", "There is no reason for turning 18, and \"any other reason\" must not be used for it:"
                    + " choose what happened, for example independent living, or staying with the current carers");
        }
    }

    private static @Nullable CareEpisode open(ChildRecord child, FormInput in) {
        CareEpisode open = child.episodes().stream().filter(CareEpisode::isOpen).reduce((a, b) -> b).orElse(null);
        if (open == null) {
            in.error("date", "This child is not in care: record the start of a period of care first");
        }
        return open;
    }

    private static CareEpisode ended(CareEpisode e, LocalDate date, String reason) {
        return new CareEpisode(e.started(), e.reasonNewEpisode(), e.legalStatus(), e.categoryOfNeed(), e.placement(),
                e.provider(), date, reason, e.reasonPlacementChange(), e.homePostcode(), e.placementPostcode(), e.urn());
    }

    private static @Nullable CareEpisode last(ChildRecord child) {
        var eps = child.episodes();
        return eps.isEmpty() ? null : eps.get(eps.size() - 1);
    }

    private static int year(LocalDate date) {
        return Ssda903Dates.collectionYearOf(date);
    }
}
