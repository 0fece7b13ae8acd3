/**
 * Long lists people can work with: sorting by a column from the address bar, paging, and the whole list as CSV.
 * It depends on nothing, so every room (staff, accounts and the audit log included, which sit below the case file)
 * may use it; the page fragments are {@code fragments/lists}.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.ourpromise.lists;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
