package org.ourpromise.care;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.care.CareEpisodeRepository.StoredVisit;
import org.ourpromise.casefile.CaseFile;
import org.ourpromise.casefile.Corrections;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.Outcome;
import org.ourpromise.casefile.RecordChecks;
import org.ourpromise.casefile.StaleEdit;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.Visit;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Correcting a statutory visit recorded wrongly (its date, whether the child was seen alone) or withdrawing one
 * that did not happen, with a reason, at the version the user opened: a stale correction is refused. The version
 * replaced is kept by {@link Corrections}; the visit deadlines are computed again from the corrected record.
 */
@Service
class VisitCorrection {

    private final CaseFile caseFile;
    private final CareEpisodeRepository care;
    private final Corrections corrections;

    VisitCorrection(CaseFile caseFile, CareEpisodeRepository care, Corrections corrections) {
        this.caseFile = caseFile;
        this.care = care;
        this.corrections = corrections;
    }

    /** The child's visits as stored, to choose one to correct; the view is audited by the caller's page. */
    @Transactional(readOnly = true)
    public List<StoredVisit> visits(String childId) {
        return care.storedVisits(childId);
    }

    /** One stored visit, by the id given on the page ({@code visit} parameter). */
    @Transactional(readOnly = true)
    public Optional<StoredVisit> visit(String childId, @Nullable String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        long visitId = Long.parseLong(id);
        return care.storedVisits(childId).stream().filter(v -> v.id() == visitId).findFirst();
    }

    @Transactional
    public Outcome correct(PromiseUser user, String childId, FormInput in) {
        var child = caseFile.read(user, childId);
        var stored = visit(childId, in.raw("visit")).orElse(null);
        if (stored == null || !String.valueOf(stored.version()).equals(in.raw("version"))) {
            return changed(childId, in, child);
        }
        boolean withdraw = in.yes("withdraw");
        LocalDate date = withdraw ? stored.visit().date()
                : in.date("date", "date of the visit", true, caseFile.today());
        boolean alone = withdraw ? stored.visit().seenAlone() : in.yes("seenAlone");
        if (!withdraw && date != null) {
            if (!RecordChecks.inCareOn(child, date)) {
                in.error("date", "This child was not in care on that date, so no statutory visit was due");
            } else if (date.equals(stored.visit().date()) && alone == stored.visit().seenAlone()) {
                in.error("date", "Nothing has been changed: correct the date or whether the child was seen alone,"
                        + " or withdraw the visit");
            }
        }
        String reason = Corrections.reason(in);
        if (in.hasErrors() || date == null || reason == null) {
            return Outcome.refused(in, child);
        }
        boolean saved = withdraw ? care.withdrawVisit(childId, stored.id(), stored.version())
                : care.correctVisit(childId, stored.id(), stored.version(), date, alone);
        if (!saved) {
            return changed(childId, in, child);
        }
        ChildRecord changed = child.withVisits(care.visits(childId).getOrDefault(childId, List.of()));
        return corrections.corrected(user, changed, "statutory visit", String.valueOf(stored.id()), date, withdraw,
                reason, words(stored.visit()), words(new Visit(date, stored.visit().workerId(), alone)),
                new VisitRecorded(childId, date));
    }

    /** Refused: the visit changed after the page opened (shown as saved now beside the entries), or has gone. */
    private Outcome changed(String childId, FormInput in, ChildRecord child) {
        var now = visit(childId, in.raw("visit")).orElse(null);
        if (now == null) {
            in.error("visit", "This visit is no longer on the record: it may have been withdrawn."
                    + " Go back to the record and choose it again");
            return Outcome.refused(in, child);
        }
        return Outcome.stale(in, child, changes(now, in), "visit");
    }

    /** The visit as saved now beside what the user entered on a page opened before it was changed. */
    private static StaleEdit changes(StoredVisit stored, FormInput in) {
        var v = stored.visit();
        return new StaleEdit(stored.version())
                .compare("Date of the visit", Ssda903Dates.format(v.date()), StaleEdit.enteredDate(in, "date"))
                .compare("Seen alone", v.seenAlone() ? "Yes" : "No", in.yes("seenAlone") ? "Yes" : "No")
                .compare("Withdrawn", "No", in.yes("withdraw") ? "Yes" : "No");
    }

    static String words(Visit v) {
        return "visit on " + Ssda903Dates.format(v.date()) + (v.seenAlone() ? ", seen alone" : ", not seen alone");
    }
}
