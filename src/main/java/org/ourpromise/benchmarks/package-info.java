/**
 * The comparators and local targets the council keeps (issue 4 "Targets, benchmarks and trends"): published
 * figures imported from the documented CSV ({@code import-benchmarks}, the cited sample on the server's first
 * start), targets imported ({@code import-targets}) or maintained on a page by the performance team, every change
 * audited. The reports and the dashboard read them through {@link org.ourpromise.benchmarks.Comparisons}.
 */
@ApplicationModule(allowedDependencies = {"access", "casefile", "commandline", "lists", "measures", "reports", "returns"})
@NullMarked
package org.ourpromise.benchmarks;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
