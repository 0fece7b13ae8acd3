/**
 * The IRO service (issue 11): quality assurance alerts an independent reviewing officer raises on a child, the
 * responses of the social worker and team manager, the escalation of a concern up the council's ladder to the
 * Challenge meeting, and the IRO manager's view of all of it. Due dates come from the working-day calendar in
 * {@code timescales}; the council's stage names and response times are {@link org.ourpromise.iro.IroSettings}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "casefile", "children", "lists", "measures", "record", "reports", "reviews", "staff", "timescales", "worklists"})
@org.jspecify.annotations.NullMarked
package org.ourpromise.iro;
