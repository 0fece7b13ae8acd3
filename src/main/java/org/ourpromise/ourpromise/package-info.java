/**
 * Our Promise (issue 15): the council's seven commitments to children in care and care leavers, each mapped to the
 * corporate parenting principles it serves; the partners and teams who signed up and their pledges; the evidence
 * each sends every year (a partner sees only its own); and the Our Promise annual report (/reports/our-promise).
 * {@link org.ourpromise.ourpromise.PromiseBook} is what the demo council uses to sign partners up.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "casefile", "measures", "reports", "returns"})
@org.jspecify.annotations.NullMarked
package org.ourpromise.ourpromise;
