/**
 * DfE SSDA903 validation rules 406–559: episode sequences and year-on-year continuity, placement
 * providers and locations, reviews, UPNs, OC2 health and offending, adopters and adoption decisions.
 * Each group is a {@link org.ourpromise.returns.rules.RuleGroup} listed in the rule book.
 */
@NullMarked
package org.ourpromise.returns.rules.reviews;

import org.jspecify.annotations.NullMarked;
