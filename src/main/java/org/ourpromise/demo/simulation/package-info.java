/**
 * The simulation behind {@link org.ourpromise.demo.SyntheticCouncil}: children's outlines (who enters
 * care, when, why and how each period of care ends), then each kept child's full record.
 */
@NullMarked
package org.ourpromise.demo.simulation;

import org.jspecify.annotations.NullMarked;
