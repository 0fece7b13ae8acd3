/**
 * The annual "Children in Care and Permanence" report and the Corporate Parenting Board pack: measures from the
 * pure engine, comparators and targets, SVG charts for the browser, HTML and print PDF (issue 4 "Reports").
 */
@ApplicationModule(allowedDependencies = {"commandline", "measures", "returns"})
@NullMarked
package org.ourpromise.reports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
