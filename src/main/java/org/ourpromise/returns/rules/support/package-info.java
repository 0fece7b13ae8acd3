/**
 * What every rule package reads the same way: ages, periods of care and the 12-month continuity test,
 * episode chains, dated periods, postcodes and the derived placement location, and the shapes of rule
 * that look at a child's rows together. One version of each, tested once; internal to returns.
 */
@NullMarked
package org.ourpromise.returns.rules.support;

import org.jspecify.annotations.NullMarked;
