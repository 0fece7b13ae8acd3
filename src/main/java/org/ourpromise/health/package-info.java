/**
 * Health: assessments, referrals, dental checks, immunisations, SDQ, substance misuse and convictions, and the
 * health form; registration with a GP, dentist and optician, mental-health referrals and waits, the health summary
 * for leaving care, and the health service's local measures (a {@code measures.ServiceMeasureSource}).
 */
@ApplicationModule(allowedDependencies = {"access", "care", "casefile", "children", "lists", "measures", "record", "reports", "returns", "reviews", "timescales"})
@NullMarked
package org.ourpromise.health;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
