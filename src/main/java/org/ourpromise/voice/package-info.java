/**
 * The voice of children and young people (issue 14): the Children in Care Council and other participation groups,
 * "you said, we did", consultations and their results, awards, advocacy and independent visitors, all under /voice.
 * {@link org.ourpromise.voice.YouSaidWeDid} is the ledger without names, for young people's own pages.
 */
@ApplicationModule(allowedDependencies = {"access", "casefile", "children", "complaints", "lists", "reports", "staff", "worklists"})
@NullMarked
package org.ourpromise.voice;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
