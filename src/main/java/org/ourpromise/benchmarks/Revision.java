package org.ourpromise.benchmarks;

import java.math.BigDecimal;
import org.springframework.jdbc.core.JdbcTemplate;

/** The revision counter of the comparators and targets (table {@code benchmark_revision}), and number storage. */
final class Revision {

    private Revision() {
    }

    /** Called in the transaction of every change. */
    static void raise(JdbcTemplate jdbc) {
        jdbc.update("update benchmark_revision set revision = revision + 1 where revision_id = 1");
    }

    static long current(JdbcTemplate jdbc) {
        Long r = jdbc.queryForObject("select revision from benchmark_revision where revision_id = 1", Long.class);
        return r == null ? 0 : r;
    }

    /** A stored decimal(18,4) as it was written: 68.0000 back to 68, 6.8000 to 6.8. */
    static BigDecimal plain(BigDecimal stored) {
        var d = stored.stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}
