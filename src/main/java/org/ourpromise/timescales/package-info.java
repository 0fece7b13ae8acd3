/** Pure engine: the England and Wales working-day calendar and the statutory deadline rules. */
@NullMarked
package org.ourpromise.timescales;

import org.jspecify.annotations.NullMarked;
