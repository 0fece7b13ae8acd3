/**
 * Home: each person's first page answers "what do I do first?" (issue 16). A case holder sees what is overdue
 * (oldest first, never a lapsed duty), due today and in the next week, their children and the alerts sent to them;
 * a manager the team's overdue work by worker, children without a worker and alerts awaiting an answer; the other
 * roles what their rooms list for them. Every panel reads the room that owns it through its public classes; the
 * children shown are audited.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "allocations", "benchmarks", "board",
    "casefile", "caseload", "complaints", "dataquality", "education", "health", "iro", "ourpromise", "reports", "staff",
    "timescales", "voice", "worklists"})
@org.jspecify.annotations.NullMarked
package org.ourpromise.home;
