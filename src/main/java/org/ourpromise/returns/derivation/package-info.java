/**
 * How the SSDA903 return is derived from the care record and read back into it: the collection
 * span, periods of care, the OC2 and OC3 cohorts and one builder per direction.
 */
@NullMarked
package org.ourpromise.returns.derivation;

import org.jspecify.annotations.NullMarked;
