package org.ourpromise.returns.rules.placements;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.support.CodeGroups;

/** Readings of a placement the rules of this package share: temporary, its length, its Ofsted URN. */
final class Places {

    /** The URN placeholder for settings inspected by CQC or ISI, or regional adoption agencies. */
    static final String NO_OFSTED_URN = "XXXXXXX";

    private Places() {
    }

    static boolean isTemporary(Ssda903Row episode) {
        return CodeGroups.TEMPORARY.contains(episode.get("PLACE"));
    }

    /** Days from DECOM to DEC, or to {@code openUntil} while the episode is open; -1 without a valid DECOM. */
    static long days(Ssda903Row episode, LocalDate openUntil) {
        var start = episode.date("DECOM");
        if (start == null) {
            return -1;
        }
        var end = episode.isBlank("DEC") ? openUntil : episode.date("DEC");
        return end == null ? -1 : ChronoUnit.DAYS.between(start, end);
    }

    /** An Ofsted URN that can be looked up: filled and not the CQC/ISI placeholder. */
    static boolean hasOfstedUrn(Ssda903Row episode) {
        var urn = episode.get("URN");
        return !urn.isEmpty() && !NO_OFSTED_URN.equals(urn);
    }
}
