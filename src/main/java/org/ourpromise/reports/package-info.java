/**
 * The reports room (issues 4, 9 and 15): the annual "Children in Care and Permanence" report, the Corporate
 * Parenting Board pack and the dashboard. This root package is the pure report engine (measures from the engine,
 * comparators and targets, SVG charts, HTML and print PDF; no Spring, no database, no web); the pages are in the
 * sub-packages {@code annual}, {@code boardpack} and {@code dashboard}, and the figures they share are computed
 * once in {@code figures}.
 */
@ApplicationModule(allowedDependencies = {"access", "casefile", "cluster", "commandline", "education", "lists", "measures", "record", "returns", "timescales"})
@NullMarked
package org.ourpromise.reports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
