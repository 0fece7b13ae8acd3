/**
 * Cohort building: a typed, indexed view of an SSDA903 return built once per computation (episodes by
 * child sorted by DECOM, periods of care, placements, the other tables by child), MEASURES.md §0 and §3.
 */
@NullMarked
package org.ourpromise.measures.cohort;

import org.jspecify.annotations.NullMarked;
