/**
 * The DfE rules on the basic shape of the return: field formats and codes, episode chains, adoption
 * decisions, the OC2 (12 months continuously looked after) and OC3 (care leaver) tables.
 */
@NullMarked
package org.ourpromise.returns.rules.basics;

import org.jspecify.annotations.NullMarked;
