/** Reviews of arrangements: when they were held, the child's participation and the IRO's paperwork. */
@NullMarked
package org.ourpromise.reviews;

import org.jspecify.annotations.NullMarked;
