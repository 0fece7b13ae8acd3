/** Computation: one class per measure family of MEASURES.md, each reading the indexed view of the return. */
@NullMarked
package org.ourpromise.measures.compute;

import org.jspecify.annotations.NullMarked;
