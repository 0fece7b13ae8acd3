/** The Corporate Parenting Board's performance pack for a month, quarter or year (/board-pack), in the browser and as PDF. */
@org.jspecify.annotations.NullMarked
package org.ourpromise.reports.boardpack;
