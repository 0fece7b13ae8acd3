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

/**
 * The round trip the product promises (issue: "a return from generate without history, imported into
 * an empty database, exported for the same year gives back exactly the same rows in every table"),
 * through the real commands and a real database file.
 */
class ReturnRoundTripTests {

    @TempDir
    Path dir;

    @Test
    void generateImportExportGivesBackEveryRow() throws Exception {
        var generated = dir.resolve("generated");
        var exported = dir.resolve("exported");
        assertThat(run(Map.of(), "generate", "--children", "400", "--seed", "7", "--year", "2026", "--out",
                generated.toString())).isZero();
        var db = Map.<String, Object>of("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("db/promise")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        assertThat(run(db, "import-903", "--in", generated.toString())).isZero();
        var summary = new ByteArrayOutputStream();
        assertThat(PromiseCommandLine.run(new String[] {"export-903", "--year", "2026", "--format", "csv", "--out",
                exported.toString()}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(summary), db)).isZero();
        assertThat(summary.toString()).containsPattern("checked against \\d+ DfE rules");
        for (var table : Ssda903Table.collectedInYear(2026)) {
            var expected = Files.readAllLines(generated.resolve(table.fileName()));
            assertThat(Files.readAllLines(exported.resolve(table.fileName())))
                    .as(table.dfeName()).containsExactlyElementsOf(expected);
        }
        assertThat(Files.readAllLines(generated.resolve("episodes.csv"))).hasSizeGreaterThan(400);

        var xmlSummary = new ByteArrayOutputStream();
        var xmlDir = dir.resolve("xml");
        assertThat(PromiseCommandLine.run(new String[] {"export-903", "--year", "2026", "--format", "xml", "--out",
                xmlDir.toString()}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(xmlSummary), db)).isZero();
        var xml = xmlDir.resolve("ssda903-2025-26.xml");
        assertThat(xmlSummary.toString()).contains("0 schema problem(s)");
        assertThat(org.ourpromise.returns.Ssda903Xml.validate(xml, 2026)).isEmpty();
        // the XML carries the same rows as the CSV return
        assertThat(org.ourpromise.returns.Ssda903Xml.read(xml, 2026).rows(Ssda903Table.EPISODES))
                .hasSize(Files.readAllLines(generated.resolve("episodes.csv")).size() - 1);
    }

    @Test
    void aBadReturnImportsNothingAndSaysWhereEachProblemIs() throws Exception {
        var generated = dir.resolve("bad");
        assertThat(run(Map.of(), "generate", "--children", "50", "--seed", "3", "--year", "2026", "--out",
                generated.toString())).isZero();
        var episodes = generated.resolve("episodes.csv");
        var lines = Files.readAllLines(episodes);
        var broken = lines.get(2).split(",", -1);
        broken[1] = "31/02/2025";
        broken[5] = "XX";
        lines.set(2, String.join(",", broken));
        Files.write(episodes, lines);
        var db = Map.<String, Object>of("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("baddb/promise")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        var err = new ByteArrayOutputStream();
        int code = PromiseCommandLine.run(new String[] {"import-903", "--in", generated.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err), db);
        assertThat(code).isEqualTo(2);
        assertThat(err.toString())
                .contains("episodes.csv, row 2, column DECOM: '31/02/2025' is not a date written dd/mm/yyyy")
                .contains("episodes.csv, row 2, column PLACE: 'XX' is not a placement type")
                .contains("nothing was imported")
                .doesNotContain("Exception");
        var exported = dir.resolve("after-bad");
        assertThat(run(db, "export-903", "--year", "2026", "--format", "csv", "--out", exported.toString())).isZero();
        assertThat(Files.readAllLines(exported.resolve("header.csv"))).hasSize(1);
    }

    private static int run(Map<String, Object> settings, String... args) {
        return PromiseCommandLine.run(args, new PrintStream(new ByteArrayOutputStream()), System.err, settings);
    }
}
