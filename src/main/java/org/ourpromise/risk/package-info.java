/**
 * Children at risk (issue 13): the risk of child sexual and criminal exploitation as assessed, referrals to the
 * exploitation hub or panel, the high-risk panels for children in care and care leavers, children missing
 * repeatedly (for the missing panel, on managers' worklists), youth justice, the register of other councils'
 * children placed here, and the service's local measures.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "casefile", "children", "lists",
    "measures", "missing", "record", "reports", "worklists"})
@NullMarked
package org.ourpromise.risk;

import org.jspecify.annotations.NullMarked;
