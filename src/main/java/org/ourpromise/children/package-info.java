/** Children: identity, demographics and allocation (social worker, team, IRO, personal adviser). */
@NullMarked
package org.ourpromise.children;

import org.jspecify.annotations.NullMarked;
