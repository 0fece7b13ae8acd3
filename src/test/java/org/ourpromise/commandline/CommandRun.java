package org.ourpromise.commandline;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.ourpromise.PromiseCommandLine;

/**
 * One run of Promise's command line in a test, as a council's scripts would run it: its exit code and what it said
 * on standard error. {@link #h2File} is the settings for a database of the test's own on disk, as a council's
 * embedded one would be.
 */
public record CommandRun(int code, String err) {

    public static CommandRun run(Map<String, Object> settings, String... args) {
        var err = new ByteArrayOutputStream();
        int code = PromiseCommandLine.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err),
                settings);
        return new CommandRun(code, err.toString());
    }

    /** The JDBC address of an H2 database in {@code folder}, in the modes Promise runs H2 in. */
    public static String h2FileUrl(Path folder) {
        return "jdbc:h2:file:" + folder.resolve("promise") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH";
    }

    public static Map<String, Object> h2File(Path folder) {
        return Map.of("spring.datasource.url", h2FileUrl(folder));
    }
}
