package org.ourpromise.caseload;

import java.util.List;
import org.ourpromise.access.PromiseUser;
import org.springframework.stereotype.Service;

/**
 * A signed-in worker's own caseload for other pages (the home page): the children they hold today in any role,
 * each with the next item due and the last visit, soonest due first. Not audited here: the caller shows them and
 * records what it showed.
 */
@Service
public class MyCaseload {

    private final Caseloads caseloads;

    MyCaseload(Caseloads caseloads) {
        this.caseloads = caseloads;
    }

    /** Empty for a user who is not a worker. */
    public List<CaseloadLine> of(PromiseUser user) {
        return user.workerId() == null ? List.of() : caseloads.ofWorker(user, user.workerId());
    }
}
