package org.ourpromise.returns.rules.integrity;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RuleSink;

/** A sink that passes each row on once, for rules that can reach the same row by several paths. */
final class ReportedOnce implements RuleSink {

    private final RuleSink sink;
    private final Set<Ssda903Row> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    ReportedOnce(RuleSink sink) {
        this.sink = sink;
    }

    @Override
    public void fail(Ssda903Row row) {
        if (seen.add(row)) {
            sink.fail(row);
        }
    }
}
