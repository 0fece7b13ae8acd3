package org.ourpromise.education;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ourpromise.access.AuditLog;
import org.ourpromise.commandline.CommandArguments;
import org.ourpromise.commandline.CommandException;
import org.ourpromise.commandline.PromiseCommand;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code import-attendance --file CSV}: daily register marks or weekly percentages (docs/education-imports.md), all
 * or nothing: any unknown child, impossible date, unknown mark or percentage over 100 refuses the whole file, one
 * line per problem, exit 2.
 */
@Component
class ImportAttendanceCommand implements PromiseCommand {

    private final AttendanceStore store;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ImportAttendanceCommand(AttendanceStore store, AuditLog audit, TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "import-attendance";
    }

    @Override
    public String usage() {
        return "import-attendance --file CSV";
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
        long started = System.nanoTime();
        var known = store.childIds();
        AttendanceFile.Read read;
        try (var reader = EducationCsv.open(file)) {
            read = AttendanceFile.read(reader, name, LocalDate.now(clock), known::contains);
        } catch (IOException | RuntimeException e) {
            throw new CommandException(name() + ": cannot read " + file + " (" + e.getMessage() + ")");
        }
        if (read.file() == null) {
            throw refused(read.problems());
        }
        var attendance = read.file();
        long children = attendance.rows().stream().map(AttendanceFile.Row::childId).distinct().count();
        int replaced = transaction.execute(status -> {
            int n = store.replace(attendance);
            audit.recordAs("command-line", AuditLog.Action.IMPORT, null, name() + " " + name + ": "
                    + attendance.rows().size() + " rows for " + children + " children");
            return n;
        });
        err.println(name() + ": " + name + ": " + attendance.rows().size() + " rows for " + children + " children ("
                + replaced + " stored rows replaced) in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return 0;
    }

    private CommandException refused(List<String> problems) {
        var lines = new ArrayList<>(problems);
        lines.add(name() + ": nothing was imported (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + ")");
        return new CommandException(lines);
    }
}
