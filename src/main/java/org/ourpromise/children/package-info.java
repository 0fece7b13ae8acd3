/**
 * Children: the register of who is known to the service, their identity, demographics and allocations (social
 * worker, team, IRO, personal adviser).
 */
@ApplicationModule(allowedDependencies = {"record", "returns"})
@NullMarked
package org.ourpromise.children;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
