/**
 * Worklists and alerts: each user's due and overdue items, reasons for lateness, the timeliness summary and the
 * daily digest, with deadlines kept elsewhere (complaints) seen through OtherDeadlines.
 */
@ApplicationModule(allowedDependencies = {"access", "casefile", "cluster", "lists", "record", "returns", "staff", "timescales"})
@NullMarked
package org.ourpromise.worklists;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
