/** Education: school placements and personal education plan meetings. */
@NullMarked
package org.ourpromise.education;

import org.jspecify.annotations.NullMarked;
