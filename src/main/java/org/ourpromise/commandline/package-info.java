/** The command-line contract of DESIGN.md: what a subcommand is, its options, and how bad input is reported. */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.ourpromise.commandline;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
