/**
 * The Corporate Parenting Board's business (issue 15): its members and terms of reference, its meetings (agenda
 * items with their papers, attendance, minutes, resolutions, matters arising), the action log and the year's work
 * plan, for board members and the performance team (the board's clerk), every change versioned and audited.
 * {@link org.ourpromise.board.BoardBook} is what other modules (the demo council) may use.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "casefile", "lists", "reports", "worklists"})
@org.jspecify.annotations.NullMarked
package org.ourpromise.board;
