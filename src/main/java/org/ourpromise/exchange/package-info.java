/**
 * The SSDA903 return in and out of the operational record (import-903, export-903), and what the return does not
 * carry from a council's own system: children's names, staff and allocations (import-people).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "casefile", "children", "commandline", "record", "returns", "staff", "timescales"})
@org.jspecify.annotations.NullMarked
package org.ourpromise.exchange;
