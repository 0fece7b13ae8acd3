/**
 * The child's care record as an immutable snapshot: the shared vocabulary that the engines, the
 * SSDA903 derivation, the generator and the persistence features all read and write.
 */
@NullMarked
package org.ourpromise.record;

import org.jspecify.annotations.NullMarked;
