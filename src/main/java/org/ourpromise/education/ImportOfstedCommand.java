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

/** {@code import-ofsted --file CSV}: the schools' inspections as published, all or nothing. */
@Component
class ImportOfstedCommand implements PromiseCommand {

    private final SchoolList schools;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ImportOfstedCommand(SchoolList schools, AuditLog audit, TransactionTemplate transaction, Clock clock) {
        this.schools = schools;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "import-ofsted";
    }

    @Override
    public String usage() {
        return "import-ofsted --file CSV";
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
        OfstedFile.Read read;
        try (var reader = EducationCsv.open(file)) {
            read = OfstedFile.read(reader, name, LocalDate.now(clock));
        } catch (IOException | RuntimeException e) {
            throw new CommandException(name() + ": cannot read " + file + " (" + e.getMessage() + ")");
        }
        if (read.file() == null) {
            var lines = new ArrayList<>(read.problems());
            lines.add(name() + ": nothing was imported (" + read.problems().size() + " problem"
                    + (read.problems().size() == 1 ? "" : "s") + ")");
            throw new CommandException(lines);
        }
        var ofsted = read.file();
        int added = transaction.execute(status -> {
            int n = schools.store(ofsted, name);
            audit.recordAs("command-line", AuditLog.Action.IMPORT, null, name() + " " + name + ": "
                    + ofsted.inspections().size() + " inspections of " + ofsted.schools().size() + " schools");
            return n;
        });
        err.println(name() + ": " + name + ": " + ofsted.inspections().size() + " inspections of "
                + ofsted.schools().size() + " schools (" + added + " new, "
                + (ofsted.inspections().size() - added) + " replaced)");
        return 0;
    }
}
