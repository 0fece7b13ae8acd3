package org.ourpromise.benchmarks;

import org.ourpromise.support.EmbeddedPostgresql;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ComparisonsStoreContract} on a real PostgreSQL: the same migration, the same answers. */
class ComparisonsStorePostgresIT extends ComparisonsStoreContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresql.register(registry, "benchmarks_it");
    }
}
