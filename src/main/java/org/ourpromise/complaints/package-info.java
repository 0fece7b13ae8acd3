/**
 * Complaints: the register of representations and complaints by or about a child, their three stages, and every
 * /complaints page including the complaints officer's worklist.
 */
@ApplicationModule(allowedDependencies = {"access", "casefile", "children", "lists", "record", "reports", "timescales", "worklists"})
@NullMarked
package org.ourpromise.complaints;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
