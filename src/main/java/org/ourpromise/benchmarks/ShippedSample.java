package org.ourpromise.benchmarks;

import org.ourpromise.access.AuditLog;
import org.ourpromise.reports.BenchmarkTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When the server starts with no comparators stored, stores the sample shipped with Promise: only the national
 * figures domain/DOMAIN.md cites, each naming its DfE source, so the reports show England beside the council
 * from the first day. Recorded as the shipped sample (imported from, by, and in the audit log). Commands never do
 * this: a council that imports its own file first never gets the sample.
 */
@Component
@ConditionalOnWebApplication
class ShippedSample implements SmartInitializingSingleton {

    static final String FROM = "benchmarks-sample.csv (shipped with Promise)";
    static final String BY = "Promise, on first start";

    private static final Logger LOG = LoggerFactory.getLogger(ShippedSample.class);

    private final ComparatorStore store;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    ShippedSample(ComparatorStore store, AuditLog audit, TransactionTemplate transaction) {
        this.store = store;
        this.audit = audit;
        this.transaction = transaction;
    }

    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> {
            if (!store.isEmpty()) {
                return;
            }
            var plan = store.plan(BenchmarkTable.sample().rows(), false);
            store.write(plan, FROM, BY);
            audit.recordAs("system", AuditLog.Action.IMPORT, null, "stored the " + plan.added().size()
                    + " comparators of the shipped sample " + FROM + ": no comparators were stored");
            LOG.info("Comparators: stored the {} cited national figures of the shipped sample", plan.added().size());
        });
    }
}
