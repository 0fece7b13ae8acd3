/**
 * Pure engine: the England and Wales working-day calendar and the statutory deadline rules
 * (DOMAIN.md §3). API: {@link org.ourpromise.timescales.DeadlineEngine} turns a child's record and an
 * as-at date into {@link org.ourpromise.timescales.DueItem}s for every
 * {@link org.ourpromise.timescales.DeadlineRule}, under the local
 * {@link org.ourpromise.timescales.TimescaleSettings}; {@link org.ourpromise.timescales.ReviewSchedule}
 * is the reg 33 review chain the measures reuse; {@link org.ourpromise.timescales.VisitArrangement} is
 * what the visit rules see on a day (forms check facts against it); complaints come in as
 * {@link org.ourpromise.timescales.Complaint}s. The rules themselves (one class per concept: reviews,
 * plans, visits, health, education, missing, care leavers, complaints) are package-private.
 */
@ApplicationModule(allowedDependencies = {"commandline", "record"})
@NullMarked
package org.ourpromise.timescales;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
