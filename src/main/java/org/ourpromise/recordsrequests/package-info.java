/**
 * Requests for records (subject access requests): the register at /records-requests, each request's due day
 * (one calendar month, extendable by two), the records team's worklist, and the whole record as a PDF to review
 * before disclosure with what was withheld and why. Adoption records are not disclosed here.
 */
@ApplicationModule(allowedDependencies = {"access", "casefile", "children", "lists", "record", "reports", "returns", "staff", "timescales", "worklists"})
@NullMarked
package org.ourpromise.recordsrequests;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
