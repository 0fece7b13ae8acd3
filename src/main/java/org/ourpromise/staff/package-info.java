/**
 * Staff: the council's directory of the people who work with children (name, role, team, email, agency
 * or permanent, contracted hours as FTE, start and end), keyed by the worker ids allocations use. Other
 * modules ask {@link org.ourpromise.staff.StaffDirectory} for a worker's name and FTE.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "children", "cluster", "lists", "record"})
@NullMarked
package org.ourpromise.staff;

import org.jspecify.annotations.NullMarked;
