package org.ourpromise.commandline;

import java.io.PrintStream;

/**
 * A subcommand of {@code java -jar promise.jar} (the contract in DESIGN.md). Commands that need the
 * database say so and are given a Spring context; the others run on the pure engines alone.
 */
public interface PromiseCommand {

    String name();

    /** One usage line, e.g. {@code workdays --from DATE --add N}. */
    String usage();

    default boolean needsDatabase() {
        return false;
    }

    /**
     * Runs the command and returns the process exit code. Bad input is reported by throwing
     * {@link CommandException} (one line per problem), never a stack trace.
     */
    int run(CommandArguments args, PrintStream out, PrintStream err) throws CommandException;
}
