/** Care leavers: contacts, in touch, activity, accommodation and pathway plan reviews. */
@NullMarked
package org.ourpromise.leavers;

import org.jspecify.annotations.NullMarked;
