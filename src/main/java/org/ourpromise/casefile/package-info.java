/**
 * The ground the feature rooms stand on: the child's whole record assembled from the parts each feature keeps
 * (RecordPart), opened with the access check and audited, the form plumbing and the DfE rules run at entry, the
 * record and chronology pages, and moving records in and out (import-903, export-903).
 */
@ApplicationModule(allowedDependencies = {"access", "children", "cluster", "commandline", "lists", "record", "returns", "staff", "timescales"})
@NullMarked
package org.ourpromise.casefile;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
