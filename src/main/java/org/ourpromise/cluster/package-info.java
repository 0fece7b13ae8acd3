/**
 * What lets more than one server share one database: the data version every cache checks, sessions in the
 * database when configured, and the lock that makes a scheduled job run on one server only.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.ourpromise.cluster;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
