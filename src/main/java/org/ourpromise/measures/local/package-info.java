/**
 * The local measures' computation (issue 4), internal to {@code measures}: deadlines met on time counted from the
 * deadline engine's items ({@link org.ourpromise.measures.local.TimelyItem}), snapshots of care plans and PEPs on
 * a period's last day, IRO caseloads, and the tallies behind every figure and its breakdowns.
 */
@NullMarked
package org.ourpromise.measures.local;

import org.jspecify.annotations.NullMarked;
