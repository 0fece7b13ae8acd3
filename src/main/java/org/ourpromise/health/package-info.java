/** Health: assessments, dental checks, immunisations, SDQ, substance misuse and convictions. */
@NullMarked
package org.ourpromise.health;

import org.jspecify.annotations.NullMarked;
