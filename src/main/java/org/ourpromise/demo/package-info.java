/**
 * Synthetic local-authority data: a simulated council's children in care and care leavers,
 * deterministic from a seed, at any size from a handful of children to national scale.
 */
@NullMarked
package org.ourpromise.demo;

import org.jspecify.annotations.NullMarked;
