package org.ourpromise.benchmarks;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.ourpromise.access.AuditLog;
import org.ourpromise.reports.Target;
import org.ourpromise.reports.Targets;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code import-targets}: stores the targets of a CSV, all or nothing. Targets not in the file are kept. */
@Component
class ImportTargetsCommand extends CsvImportCommand<Targets, Target> {

    private final TargetStore store;

    ImportTargetsCommand(TargetStore store, AuditLog audit, TransactionTemplate transaction) {
        super(audit, transaction);
        this.store = store;
    }

    @Override
    public String name() {
        return "import-targets";
    }

    @Override
    String kind() {
        return "targets";
    }

    @Override
    Targets read(Path file) throws IOException {
        // a row without a tolerance column has no amber band: any miss is red
        return Targets.read(file, BigDecimal.ZERO);
    }

    @Override
    List<Target> rows(Targets targets) {
        return targets.all();
    }

    @Override
    ImportPlan<Target> plan(Targets targets, boolean replace) {
        return store.plan(targets, replace);
    }

    @Override
    void write(ImportPlan<Target> plan, String fileName) {
        store.write(plan, "command-line (" + fileName + ")");
    }

    @Override
    String what(Target t) {
        return t.measureKey() + ", " + t.year();
    }

    @Override
    String shown(Target t) {
        return TargetWords.of(t);
    }

    @Override
    String refusedName(Target t) {
        return "the target for " + what(t);
    }
}
