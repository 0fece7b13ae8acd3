/**
 * Permanence: adoption decisions and orders, previous permanence and deprivation of liberty orders, as part of
 * the child's record.
 */
@ApplicationModule(allowedDependencies = {"access", "care", "casefile", "children", "lists", "record", "reviews"})
@NullMarked
package org.ourpromise.permanence;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
