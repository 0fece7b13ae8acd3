/**
 * Restricted records: a manager restricts a child's record to named people; anyone else in scope opens it only by
 * giving a reason ("break the glass"), which is audited and alerts the record's managers on their worklist and by
 * email.
 */
@ApplicationModule(allowedDependencies = {"access", "casefile", "children", "lists", "record", "worklists"})
@NullMarked
package org.ourpromise.restricted;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
