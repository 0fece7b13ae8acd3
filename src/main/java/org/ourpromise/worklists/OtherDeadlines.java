package org.ourpromise.worklists;

import java.util.List;
import java.util.Optional;
import org.ourpromise.access.PromiseUser;

/**
 * Deadlines another feature keeps outside the children's records (a complaint's stages): the timeliness summary
 * counts them, and their keeper's daily digest goes out with everyone else's. Implemented by that feature, so
 * that worklists never names it (the feature's own pages use {@link Worklists} for reasons for lateness).
 */
public interface OtherDeadlines {

    /** Every deadline kept, as the due items of the child each concerns. */
    List<ChildDueItems> dueItems();

    /** Today's email digest of these deadlines for the user, if they keep them and anything is due. */
    Optional<DigestEmail> digestFor(PromiseUser user, String link);

    /**
     * A digest email: no names, ever, since it leaves the council's systems; what the audit log says of it, and
     * the children whose deadlines it lists (recorded as shown).
     */
    record DigestEmail(String subject, String text, String audited, List<String> children) {
    }
}
