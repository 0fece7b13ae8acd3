package org.ourpromise.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ourpromise.PromiseCommandLine;
import org.ourpromise.returns.Ssda903Table;
import org.ourpromise.support.EmbeddedPostgresql;

/** generate, import-903 and export-903 through the real commands on a real PostgreSQL. */
class ReturnRoundTripPostgresIT {

    @TempDir
    Path dir;

    @Test
    void generateImportExportGivesBackEveryRowOnPostgresql() throws Exception {
        for (int year : new int[] {2025, 2027}) {
            var generated = dir.resolve("generated" + year);
            var exported = dir.resolve("exported" + year);
            var db = Map.<String, Object>of("spring.datasource.url", EmbeddedPostgresql.freshDatabase("round_trip_" + year),
                    "spring.datasource.username", "postgres", "spring.datasource.password", "");
            assertThat(run(Map.of(), "generate", "--children", "300", "--seed", "21", "--year", "" + year, "--out",
                    generated.toString())).isZero();
            assertThat(run(db, "import-903", "--in", generated.toString())).isZero();
            assertThat(run(db, "export-903", "--year", "" + year, "--format", "csv", "--out", exported.toString()))
                    .isZero();
            for (var table : Ssda903Table.collectedInYear(year)) {
                assertThat(Files.readAllLines(exported.resolve(table.fileName())))
                        .as("%s %d", table.dfeName(), year)
                        .containsExactlyElementsOf(Files.readAllLines(generated.resolve(table.fileName())));
            }
        }
    }

    private static int run(Map<String, Object> settings, String... args) {
        return PromiseCommandLine.run(args, new PrintStream(new ByteArrayOutputStream()), System.err, settings);
    }
}
