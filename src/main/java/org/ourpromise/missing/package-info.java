/** Missing and away episodes and their return home interviews, and their forms. */
@ApplicationModule(allowedDependencies = {"access", "casefile", "children", "record", "returns"})
@NullMarked
package org.ourpromise.missing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
