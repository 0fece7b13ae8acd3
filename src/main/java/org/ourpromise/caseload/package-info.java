/**
 * Caseloads: the children a worker holds (any role), or a team's children (by their social worker's
 * team), with legal status, placement, the next item due and the last visit; as a page and as CSV.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "casefile", "children", "lists", "record", "staff", "timescales"})
@NullMarked
package org.ourpromise.caseload;

import org.jspecify.annotations.NullMarked;
