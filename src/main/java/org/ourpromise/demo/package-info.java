/** Demo: a synthetic council, deterministic from a seed, for the demo database, tests and benchmarks. */
@ApplicationModule(allowedDependencies = {"access", "benchmarks", "board", "casefile", "commandline", "complaints", "education", "entitlements", "health", "iro", "leavers", "mypromise", "ourpromise", "permanence", "record", "recordsrequests", "returns", "risk", "staff", "timescales", "voice", "writtentoyou"})
@NullMarked
package org.ourpromise.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
