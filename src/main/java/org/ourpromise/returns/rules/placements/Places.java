package org.ourpromise.returns.rules.placements;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.ourpromise.returns.Ssda903Row;

/** Groups of placement, legal status and ceasing codes the rules of this package share (DOMAIN.md §1.4). */
final class Places {

    /** Temporary placements (DOMAIN.md §1.4.6). */
    static final Set<String> TEMPORARY = Set.of("T0", "T1", "T2", "T3", "T4");
    /** Placed for adoption (A3–A6). */
    static final Set<String> ADOPTION = Set.of("A3", "A4", "A5", "A6");
    /** Foster placements (U1–U6). */
    static final Set<String> FOSTER = Set.of("U1", "U2", "U3", "U4", "U5", "U6");
    /** Adopted (REC). */
    static final Set<String> ADOPTED = Set.of("E11", "E12");
    /** The URN placeholder for settings inspected by CQC or ISI, or regional adoption agencies. */
    static final String NO_OFSTED_URN = "XXXXXXX";

    private Places() {
    }

    static boolean isTemporary(Ssda903Row episode) {
        return TEMPORARY.contains(episode.get("PLACE"));
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
