package org.ourpromise.benchmarks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.ourpromise.reports.Benchmark;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The stored comparators (table {@code benchmark_comparator}), one per measure, year and area. */
@Repository
class ComparatorStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ComparatorStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every comparator, by measure, area and year. */
    @Transactional(readOnly = true)
    List<StoredComparator> all() {
        return jdbc.query("select * from benchmark_comparator order by measure_key, area, comparator_year",
                ComparatorStore::row);
    }

    @Transactional(readOnly = true)
    boolean isEmpty() {
        Integer n = jdbc.queryForObject("select count(*) from benchmark_comparator", Integer.class);
        return n == null || n == 0;
    }

    /** What importing {@code rows} would do; nothing is written. */
    @Transactional(readOnly = true)
    ImportPlan<Benchmark> plan(List<Benchmark> rows, boolean replace) {
        return ImportPlan.of(all().stream().map(StoredComparator::figure).toList(), rows,
                b -> b.measureKey() + "|" + b.year() + "|" + b.area(), ComparatorStore::same, replace);
    }

    /** Writes the plan's new and replacing rows in the caller's transaction (a plan with refusals is not written). */
    @Transactional
    void write(ImportPlan<Benchmark> plan, String importedFrom, String importedBy) {
        if (plan.refusedAny()) {
            throw new IllegalStateException("an import with refused rows is not written");
        }
        var at = LocalDateTime.now(clock);
        // in batches: a council's file of neighbours' figures over the years runs to thousands of rows
        jdbc.batchUpdate("insert into benchmark_comparator (measure_key, comparator_year, area, figure, source, "
                + "source_table, imported_from, imported_by, imported_at) values (?,?,?,?,?,?,?,?,?)",
                plan.added().stream().map(b -> new Object[] {b.measureKey(), b.year(), b.area(), b.value(), b.source(),
                        b.table(), importedFrom, importedBy, at}).toList());
        jdbc.batchUpdate("update benchmark_comparator set figure = ?, source = ?, source_table = ?, imported_from = ?, "
                + "imported_by = ?, imported_at = ? where measure_key = ? and comparator_year = ? and area = ?",
                plan.replaced().stream().map(ImportPlan.Change::incoming).map(b -> new Object[] {b.value(), b.source(),
                        b.table(), importedFrom, importedBy, at, b.measureKey(), b.year(), b.area()}).toList());
        if (!plan.added().isEmpty() || !plan.replaced().isEmpty()) {
            Revision.raise(jdbc);
        }
    }

    /** The same figure, source and table: importing it again changes nothing. */
    static boolean same(Benchmark a, Benchmark b) {
        return a.value().compareTo(b.value()) == 0 && a.source().equals(b.source()) && a.table().equals(b.table());
    }

    private static StoredComparator row(ResultSet rs, int n) throws SQLException {
        return new StoredComparator(new Benchmark(rs.getString("measure_key"), rs.getInt("comparator_year"),
                rs.getString("area"), Revision.plain(rs.getBigDecimal("figure")), rs.getString("source"),
                rs.getString("source_table")), rs.getString("imported_from"), rs.getString("imported_by"),
                rs.getTimestamp("imported_at").toLocalDateTime());
    }
}
