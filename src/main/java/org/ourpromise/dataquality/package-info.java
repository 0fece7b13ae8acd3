/**
 * Data quality: the SSDA903 rules over the whole council's record, with counts per rule, drill-down to the
 * children and Annex A.
 */
@ApplicationModule(allowedDependencies = {"access", "casefile", "cluster", "lists", "returns"})
@NullMarked
package org.ourpromise.dataquality;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
