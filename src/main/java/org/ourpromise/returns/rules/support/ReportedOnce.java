package org.ourpromise.returns.rules.support;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RuleSink;

/**
 * Passes each row on at most once. Cross-table rules can reach the same row from several sides
 * (a PlacedAdoption row from each of a child's episodes); the report must list it once per rule.
 * Rows are compared by identity: two identical rows in a file are two failures.
 */
public final class ReportedOnce implements RuleSink {

    private final RuleSink target;
    private final Set<Ssda903Row> reported = Collections.newSetFromMap(new IdentityHashMap<>());

    public ReportedOnce(RuleSink target) {
        this.target = target;
    }

    @Override
    public void fail(Ssda903Row row) {
        if (reported.add(row)) {
            target.fail(row);
        }
    }
}
