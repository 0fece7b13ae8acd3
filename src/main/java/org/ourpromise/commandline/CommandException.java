package org.ourpromise.commandline;

import java.util.List;

/** Bad input to a command: each problem is printed on its own line and the exit code is 2. */
public class CommandException extends Exception {

    private final List<String> problems;

    public CommandException(String problem) {
        this(List.of(problem));
    }

    public CommandException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
