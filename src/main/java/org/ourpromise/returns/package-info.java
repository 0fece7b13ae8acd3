/** The SSDA903 return (pure): its tables, year-versioned code lists, the DfE validation rules, import and export. */
@ApplicationModule(allowedDependencies = {"commandline", "record", "timescales"})
@NullMarked
package org.ourpromise.returns;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
