/**
 * Written to the child: the "written to you" part and the child's wishes and feelings, in their words, of visits,
 * plans and reviews (saved by those rooms' forms), shown on the child's record, the chronology as written to the
 * child, and {@link org.ourpromise.writtentoyou.WrittenToYou} for pages written to the young person.
 */
@ApplicationModule(allowedDependencies = {"access", "casefile", "lists", "record", "returns", "staff"})
@NullMarked
package org.ourpromise.writtentoyou;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
