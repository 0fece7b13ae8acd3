/**
 * Retention: how long each child's case record is kept (the pure rule is timescales' RetentionRule), legal holds and
 * dates of death, and the {@code retention} command that lists records past their date and anonymises them.
 */
@ApplicationModule(allowedDependencies = {"access", "commandline", "timescales"})
@NullMarked
package org.ourpromise.retention;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
