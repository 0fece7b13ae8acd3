/**
 * Reviews of arrangements: when they were held, the child's participation and the IRO's paperwork, and their
 * forms.
 */
@ApplicationModule(allowedDependencies = {"access", "casefile", "children", "record", "returns", "writtentoyou"})
@NullMarked
package org.ourpromise.reviews;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
