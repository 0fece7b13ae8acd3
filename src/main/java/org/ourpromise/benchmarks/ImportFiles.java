package org.ourpromise.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ourpromise.commandline.CommandArguments;
import org.ourpromise.commandline.CommandException;

/** What the import commands share: the file to read, and the refusal that says nothing was imported. */
final class ImportFiles {

    private ImportFiles() {
    }

    static Path file(String command, CommandArguments args) throws CommandException {
        var file = Path.of(args.required("file"));
        if (!Files.isRegularFile(file)) {
            throw new CommandException(command + ": --file " + file + " is not a file");
        }
        return file;
    }

    static CommandException nothingImported(String command, List<String> problems) {
        var lines = new ArrayList<>(problems);
        lines.add(command + ": nothing was imported (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + ")");
        return new CommandException(lines);
    }
}
