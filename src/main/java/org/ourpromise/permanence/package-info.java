/**
 * Permanence: adoption decisions and orders, previous permanence and deprivation of liberty orders, as part of
 * the child's record; the permanence tracker and Permanence Panel; special guardianship and child arrangements
 * orders with their support; the panel's figures in the annual report.
 */
@ApplicationModule(allowedDependencies = {"access", "care", "casefile", "children", "cluster", "lists", "record", "reports", "reviews", "worklists"})
@NullMarked
package org.ourpromise.permanence;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
