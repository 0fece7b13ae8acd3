/**
 * My Promise (issue 14): a young person's own pages at /me, written to them. They sign in with an account made
 * from their worker's one-time invitation and see only themselves: their workers, their plan, their next review
 * and their views before it, worries and views sent to a worker they choose (on that worker's worklist until
 * answered), their entitlements and complaints, who has looked at their file, and asking for their records.
 */
@ApplicationModule(allowedDependencies = {"access", "casefile", "complaints", "entitlements", "leavers", "lists", "record", "recordsrequests", "staff", "timescales", "voice", "worklists", "writtentoyou"})
@NullMarked
package org.ourpromise.mypromise;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
