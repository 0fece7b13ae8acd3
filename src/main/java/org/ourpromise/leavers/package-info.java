/** Care leavers: contacts, in touch, activity, accommodation and pathway plan reviews, and the contact form. */
@ApplicationModule(allowedDependencies = {"access", "care", "casefile", "children", "cluster", "lists", "record", "returns", "timescales", "worklists"})
@NullMarked
package org.ourpromise.leavers;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
