package org.ourpromise.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ourpromise.commandline.CommandRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ourpromise.commandline.CommandRun;
import org.ourpromise.returns.Ssda903Table;

/** import-903 of a council's history: several years at once, again without change, and a contradicting year. */
class ImportHistoryTests {

    @TempDir
    Path dir;

    private Map<String, Object> db(String name) {
        return CommandRun.h2File(dir.resolve(name));
    }

    @Test
    void aMultiYearFolderImportsIntoAnEmptyDatabaseAndAgainChangesNothing() throws Exception {
        var generated = dir.resolve("history");
        assertThat(run(Map.of(), "generate", "--children", "150", "--seed", "11", "--year", "2026", "--history", "3",
                "--out", generated.toString()).code()).isZero();
        var db = db("db");
        var first = run(db, "import-903", "--in", generated.toString());
        assertThat(first.code()).as(first.err()).isZero();
        var before = dir.resolve("before");
        assertThat(run(db, "export-903", "--year", "2026", "--format", "csv", "--out", before.toString()).code()).isZero();
        var again = run(db, "import-903", "--in", generated.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.err()).contains("nothing changed");
        var after = dir.resolve("after");
        assertThat(run(db, "export-903", "--year", "2026", "--format", "csv", "--out", after.toString()).code()).isZero();
        for (var table : Ssda903Table.collectedInYear(2026)) {
            assertThat(Files.readAllLines(after.resolve(table.fileName()))).as(table.dfeName())
                    .containsExactlyElementsOf(Files.readAllLines(before.resolve(table.fileName())));
        }
    }

    @Test
    void aYearThatContradictsTheRecordIsReportedChildByChildAndNothingIsWritten() throws Exception {
        var generated = dir.resolve("year");
        assertThat(run(Map.of(), "generate", "--children", "60", "--seed", "5", "--year", "2026", "--out",
                generated.toString()).code()).isZero();
        var db = db("contradicted");
        assertThat(run(db, "import-903", "--in", generated.toString()).code()).isZero();
        // the same children, one with another date of birth in every table
        var header = Files.readAllLines(generated.resolve("header.csv"));
        var columns = java.util.List.of(header.get(0).split(","));
        var row = header.get(1).split(",", -1);
        String child = row[columns.indexOf("CHILD")];
        String dob = row[columns.indexOf("DOB")];
        String other = dob.substring(0, 6) + (Integer.parseInt(dob.substring(6)) - 1);
        for (var table : Ssda903Table.values()) {
            var file = generated.resolve(table.fileName());
            if (Files.exists(file)) {
                Files.write(file, Files.readAllLines(file).stream()
                        .map(l -> l.startsWith(child + ",") ? l.replace(dob, other) : l).toList());
            }
        }
        var result = run(db, "import-903", "--in", generated.toString());
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("child " + child + ": date of birth " + other + " in the return, " + dob
                + " in the record").contains("nothing was imported");
    }
}
