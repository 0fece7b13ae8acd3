/**
 * Health: assessments, referrals, dental checks, immunisations, SDQ, substance misuse and convictions, and the
 * health form.
 */
@ApplicationModule(allowedDependencies = {"access", "care", "casefile", "children", "measures", "record", "returns", "reviews", "timescales"})
@NullMarked
package org.ourpromise.health;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
