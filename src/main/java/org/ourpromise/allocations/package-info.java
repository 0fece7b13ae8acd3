/**
 * Allocations: who works with the child. Allocating and handing over a child's social worker (and team),
 * IRO and personal adviser with start and end dates, and the manager's list of children missing one.
 * Worklists, who may see the child and IRO caseloads all read these allocations.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "care", "casefile", "children", "lists", "record", "returns", "staff"})
@NullMarked
package org.ourpromise.allocations;

import org.jspecify.annotations.NullMarked;
