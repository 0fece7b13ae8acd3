/** Missing and away episodes and their return home interviews. */
@NullMarked
package org.ourpromise.missing;

import org.jspecify.annotations.NullMarked;
