package org.ourpromise.returns.rules;

import org.ourpromise.returns.Ssda903Row;

/** Where a rule reports the rows it fails. */
@FunctionalInterface
public interface RuleSink {

    void fail(Ssda903Row row);
}
