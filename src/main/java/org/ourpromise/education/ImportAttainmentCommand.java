package org.ourpromise.education;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import org.ourpromise.access.AuditLog;
import org.ourpromise.commandline.CommandArguments;
import org.ourpromise.commandline.CommandException;
import org.ourpromise.commandline.PromiseCommand;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code import-attainment --file CSV}: results by key stage (docs/education-imports.md), all or nothing, exit 2. */
@Component
class ImportAttainmentCommand implements PromiseCommand {

    private final AttainmentStore store;
    private final AttendanceStore children;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ImportAttainmentCommand(AttainmentStore store, AttendanceStore children, AuditLog audit,
            TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.children = children;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "import-attainment";
    }

    @Override
    public String usage() {
        return "import-attainment --file CSV";
    }

    @Override
    public boolean needsDatabase() {
        return true;
    }

    @Override
    public int run(CommandArguments args, PrintStream out, PrintStream err) throws CommandException {
        var file = Path.of(args.required("file"));
        if (!Files.isRegularFile(file)) {
            throw new CommandException(name() + ": --file " + file + " is not a file");
        }
        String name = file.getFileName().toString();
        var known = children.childIds();
        AttainmentFile.Read read;
        try (var reader = EducationCsv.open(file)) {
            read = AttainmentFile.read(reader, name, SchoolYear.of(LocalDate.now(clock)).startYear(), known::contains);
        } catch (IOException | RuntimeException e) {
            throw new CommandException(name() + ": cannot read " + file + " (" + e.getMessage() + ")");
        }
        if (read.file() == null) {
            var lines = new ArrayList<>(read.problems());
            lines.add(name() + ": nothing was imported (" + read.problems().size() + " problem"
                    + (read.problems().size() == 1 ? "" : "s") + ")");
            throw new CommandException(lines);
        }
        var results = read.file().results();
        int replaced = transaction.execute(status -> {
            int n = store.store(results, name);
            audit.recordAs("command-line", AuditLog.Action.IMPORT, null, name() + " " + name + ": " + results.size()
                    + " results");
            return n;
        });
        err.println(name() + ": " + name + ": " + results.size() + " results (" + replaced + " replaced)");
        return 0;
    }
}
