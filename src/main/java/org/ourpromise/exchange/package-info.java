/** The SSDA903 return in and out of the operational record: the import-903 and export-903 database commands. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "casefile", "commandline", "record", "returns", "timescales"})
@org.jspecify.annotations.NullMarked
package org.ourpromise.exchange;
