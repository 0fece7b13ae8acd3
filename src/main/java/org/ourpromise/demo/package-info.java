/** Demo: a synthetic council, deterministic from a seed, for the demo database, tests and benchmarks. */
@NullMarked
package org.ourpromise.demo;

import org.jspecify.annotations.NullMarked;
