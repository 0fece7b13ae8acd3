/**
 * DfE SSDA903 validation rules about the child's history across years, placements, providers,
 * legal statuses, episode dates, adoption, care leavers and postcodes (rule codes 202–399 and 1008).
 * Each theme is a {@link org.ourpromise.returns.rules.RuleGroup} listed in the rule book.
 */
package org.ourpromise.returns.rules.placements;
