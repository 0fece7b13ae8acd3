/** The managers' dashboard (/dashboard) and the drill-down to the children behind a figure (only those the user may see, audited). */
@org.jspecify.annotations.NullMarked
package org.ourpromise.reports.dashboard;
