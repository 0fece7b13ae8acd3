package org.ourpromise.retention;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The retention scenario on an H2 database file. */
class RetentionCommandTests extends RetentionScenario {

    @TempDir
    Path dir;

    @Override
    String url() {
        return "jdbc:h2:file:" + dir.resolve("db/promise") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    }

    @Override
    String user() {
        return "promise";
    }
}
