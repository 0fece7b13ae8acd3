/**
 * Children at risk (issue 13): the risk of child sexual and criminal exploitation as assessed, referrals to the
 * exploitation hub or panel, the high-risk panels for children in care and care leavers, children missing
 * repeatedly (for the missing panel), youth justice, and the register of other councils' children placed here.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "casefile", "children", "lists", "missing", "record"})
@NullMarked
package org.ourpromise.risk;

import org.jspecify.annotations.NullMarked;
