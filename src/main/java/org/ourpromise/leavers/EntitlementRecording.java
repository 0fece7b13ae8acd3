package org.ourpromise.leavers;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.CaseFile;
import org.ourpromise.casefile.Corrections;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.Outcome;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The basis of a young person's leaving-care entitlement (decision 0086): to 21, to the end of an agreed programme,
 * back in education or training before 25, or to 25 on request (ending when they say they no longer want it). The
 * worklists close the pathway plan and adviser contacts when the duty it gives ends. Saved at the version read.
 */
@Service
class EntitlementRecording {

    /** A programme's end may lie ahead: only its shape is checked, not that it has passed. */
    private static final LocalDate NO_LIMIT = LocalDate.of(9999, 12, 30);

    private final CaseFile caseFile;
    private final LeavingCareOffer offer;

    EntitlementRecording(CaseFile caseFile, LeavingCareOffer offer) {
        this.caseFile = caseFile;
        this.offer = offer;
    }

    @Transactional(readOnly = true)
    public @Nullable LeavingCareEntitlement current(String childId) {
        return offer.entitlements(childId).get(childId);
    }

    @Transactional
    public Outcome record(PromiseUser user, String childId, FormInput in) {
        var child = caseFile.read(user, childId);
        var today = caseFile.today();
        var basis = in.choice("basis", java.util.List.of(EntitlementBasis.values()), "Select the basis of the entitlement");
        LocalDate ends = in.date("programmeEnds", "end of the programme", false, NO_LIMIT);
        LocalDate declined = in.date("declinedOn", "date they said they no longer want support", false, today);
        if (child.episodes().isEmpty()) {
            in.error("basis", "This young person has never been in care, so no leaving-care duty is owed");
        }
        if (basis == EntitlementBasis.EDUCATION_PROGRAMME && ends == null && !in.errors().containsKey("programmeEnds")) {
            in.error("programmeEnds", "Enter the date the agreed programme ends");
        } else if ((basis == EntitlementBasis.TO_21 || basis == EntitlementBasis.ON_REQUEST_TO_25) && ends != null) {
            in.error("programmeEnds", "Leave the end of the programme blank: it is only for education or training");
        }
        if (basis != EntitlementBasis.ON_REQUEST_TO_25 && declined != null) {
            in.error("declinedOn", "Leave this blank: it is only for support to 25 on request");
        }
        var current = current(childId);
        if (current != null && !String.valueOf(current.version()).equals(in.raw("version"))) {
            in.error("basis", Corrections.STALE);
        }
        if (in.hasErrors() || basis == null) {
            return Outcome.refused(in, child);
        }
        var entitlement = new LeavingCareEntitlement(basis, today, ends, declined,
                current == null ? 0 : current.version());
        if (!offer.saveEntitlement(childId, entitlement, current == null, user.username())) {
            in.error("basis", Corrections.STALE);
            return Outcome.refused(in, child);
        }
        LocalDate dutyEnds = LeavingCareEntitlements.dutyEnds(child.dateOfBirth(), entitlement);
        return caseFile.recorded(child, "Leaving-care entitlement: " + basis.words() + "; the duty ends on "
                + Ssda903Dates.format(dutyEnds), new EntitlementRecorded(childId, basis, dutyEnds));
    }
}
