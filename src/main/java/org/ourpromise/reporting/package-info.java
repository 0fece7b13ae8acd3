/**
 * Reporting in the web application (issue 4): the annual Children in Care and Permanence report built from the
 * operational record with the service's narrative, the Corporate Parenting Board pack, and the managers'
 * dashboard with drill-down to the children behind a figure (only those the user may see, audited). The
 * figures come from the pure {@code reports} and {@code measures} engines over the return derived from
 * {@code casefile.CareRecords}; built reports are kept for the day until a record changes.
 */
@ApplicationModule(allowedDependencies = {
    "access", "benchmarks", "casefile", "measures", "record", "reports", "returns", "timescales"})
@org.jspecify.annotations.NullMarked
package org.ourpromise.reporting;

import org.springframework.modulith.ApplicationModule;
