/**
 * The child's care record as immutable values, the vocabulary the engines, the SSDA903 derivation, the generator
 * and the features all read and write; the ground everything stands on.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.ourpromise.record;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
