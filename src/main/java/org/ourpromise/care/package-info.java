/** Care: 903 episodes (legal status and placement), statutory visits and care planning events. */
@NullMarked
package org.ourpromise.care;

import org.jspecify.annotations.NullMarked;
