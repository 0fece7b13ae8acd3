/**
 * Workforce: the workforce measures (children per full-time social worker and personal adviser, agency staff, changes
 * of social worker) from the record and the staff directory, for the targets page and the {@code /workforce} page with
 * its drill-down to workers and to children; the definitions and the computation are the pure
 * {@code measures.WorkforceMeasureCatalogue} and {@code measures.WorkforceMeasures}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "casefile", "cluster", "lists", "measures", "record", "reports", "returns", "staff"})
@NullMarked
package org.ourpromise.workforce;

import org.jspecify.annotations.NullMarked;
