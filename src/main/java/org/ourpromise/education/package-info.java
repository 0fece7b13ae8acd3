/** Education: school placements and personal education plan meetings, and the PEP form. */
@ApplicationModule(allowedDependencies = {"access", "care", "casefile", "children", "commandline", "lists", "measures", "record", "returns", "timescales"})
@NullMarked
package org.ourpromise.education;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
