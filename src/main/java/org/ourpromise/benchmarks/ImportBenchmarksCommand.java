package org.ourpromise.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.ourpromise.access.AuditLog;
import org.ourpromise.reports.Benchmark;
import org.ourpromise.reports.BenchmarkTable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code import-benchmarks}: stores the published comparators of a CSV, all or nothing. Nothing is ever removed. */
@Component
class ImportBenchmarksCommand extends CsvImportCommand<BenchmarkTable, Benchmark> {

    private final ComparatorStore store;

    ImportBenchmarksCommand(ComparatorStore store, AuditLog audit, TransactionTemplate transaction) {
        super(audit, transaction);
        this.store = store;
    }

    @Override
    public String name() {
        return "import-benchmarks";
    }

    @Override
    String kind() {
        return "comparators";
    }

    @Override
    BenchmarkTable read(Path file) throws IOException {
        return BenchmarkTable.read(file);
    }

    @Override
    List<Benchmark> rows(BenchmarkTable table) {
        return table.rows();
    }

    @Override
    ImportPlan<Benchmark> plan(BenchmarkTable table, boolean replace) {
        return store.plan(table.rows(), replace);
    }

    @Override
    void write(ImportPlan<Benchmark> plan, String fileName) {
        store.write(plan, fileName, "command-line");
    }

    @Override
    String what(Benchmark b) {
        return b.measureKey() + ", " + b.year() + ", " + b.area();
    }

    @Override
    String shown(Benchmark b) {
        return TargetWords.number(b.value()) + " (" + b.source() + (b.table().isEmpty() ? "" : ": " + b.table()) + ")"
                + (b.illustrative() ? " ILLUSTRATIVE" : "");
    }

    @Override
    String note(BenchmarkTable table) {
        long illustrative = table.rows().stream().filter(Benchmark::illustrative).count();
        return illustrative == 0 ? ""
                : "; " + illustrative + " ILLUSTRATIVE (not published figures, labelled so wherever shown)";
    }
}
