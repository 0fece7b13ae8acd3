package org.ourpromise.benchmarks;

/** {@link ComparisonsStoreContract} on the embedded H2 database (PostgreSQL mode) of the web tests. */
class ComparisonsStoreTests extends ComparisonsStoreContract {
}
