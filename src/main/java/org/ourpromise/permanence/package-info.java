/** Permanence: adoption decisions and orders, previous permanence, deprivation of liberty orders. */
@NullMarked
package org.ourpromise.permanence;

import org.jspecify.annotations.NullMarked;
