/**
 * Entitlements of children in care and care leavers (issue 13): the council's configurable list with who is
 * eligible and the limit, the published local offer, and claims (requested, approved, paid, refused with a reason)
 * with the budget left per entitlement and per young person, and the year's spending.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "casefile", "children", "lists", "record", "timescales"})
@NullMarked
package org.ourpromise.entitlements;

import org.jspecify.annotations.NullMarked;
