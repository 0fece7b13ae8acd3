/**
 * Permanence: adoption decisions and orders, previous permanence and deprivation of liberty orders, as part of
 * the child's record.
 */
@ApplicationModule(allowedDependencies = {"casefile", "children", "record"})
@NullMarked
package org.ourpromise.permanence;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
