/**
 * Pure engine: the measures of domain/MEASURES.md computed from an SSDA903 return. Read as a pipeline:
 * parameters ({@link org.ourpromise.measures.MeasureParameters}) → cohort building ({@code cohort}) →
 * computation by measure family ({@code compute}) → output ({@link org.ourpromise.measures.MeasureResults},
 * the {@code indicators} command).
 */
@ApplicationModule(allowedDependencies = {"commandline", "record", "returns", "timescales"})
@NullMarked
package org.ourpromise.measures;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
