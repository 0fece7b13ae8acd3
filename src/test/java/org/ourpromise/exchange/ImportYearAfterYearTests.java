package org.ourpromise.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ourpromise.commandline.CommandRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ourpromise.commandline.CommandRun;
import org.ourpromise.returns.Ssda903Table;

/**
 * import-903 one year after another: a council's 2024-25 return, then its 2025-26 return, into an empty database
 * gives the 2025-26 return of its two-year folder imported at once, table for table; the later year imported again
 * changes nothing; the earlier year imported after the later one gives the same record, both years. (The two-year
 * folder has one Header row per child, with the later year's facts, so its 2024-25 Header is compared only between
 * the two orders of import.)
 */
class ImportYearAfterYearTests {

    @TempDir
    Path dir;

    private Map<String, Object> db(String name) {
        return CommandRun.h2File(dir.resolve(name));
    }

    private void imports(Map<String, Object> db, Path folder, String says) {
        var result = run(db, "import-903", "--in", folder.toString());
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.err()).contains(says);
    }

    private void sameExports(Map<String, Object> a, Map<String, Object> b, int year) throws Exception {
        var left = dir.resolve("left-" + year + "-" + a.hashCode());
        var right = dir.resolve("right-" + year + "-" + b.hashCode());
        assertThat(run(a, "export-903", "--year", "" + year, "--format", "csv", "--out", left.toString()).code()).isZero();
        assertThat(run(b, "export-903", "--year", "" + year, "--format", "csv", "--out", right.toString()).code()).isZero();
        for (var table : Ssda903Table.collectedInYear(year)) {
            assertThat(Files.readAllLines(left.resolve(table.fileName()))).as(year + " " + table.dfeName())
                    .containsExactlyElementsOf(Files.readAllLines(right.resolve(table.fileName())));
        }
    }

    @Test
    void twoYearsOneAfterTheOtherGiveTheRecordOfBothAtOnce() throws Exception {
        var earlier = dir.resolve("2025");
        var later = dir.resolve("2026");
        var both = dir.resolve("both");
        // one council: --prev-out writes the year before from the same children as --history 1
        assertThat(run(Map.of(), "generate", "--children", "120", "--seed", "7", "--year", "2026", "--out",
                later.toString(), "--prev-out", earlier.toString()).code()).isZero();
        assertThat(run(Map.of(), "generate", "--children", "120", "--seed", "7", "--year", "2026", "--history", "1",
                "--out", both.toString()).code()).isZero();
        var atOnce = db("at-once");
        imports(atOnce, both, "imported");
        var yearByYear = db("year-by-year");
        imports(yearByYear, earlier, "2025: imported");
        imports(yearByYear, later, "extended");
        sameExports(atOnce, yearByYear, 2026);
        imports(yearByYear, later, "nothing changed");
        var backwards = db("backwards");
        imports(backwards, later, "2026: imported");
        imports(backwards, earlier, "extended");
        sameExports(yearByYear, backwards, 2026);
        sameExports(yearByYear, backwards, 2025);
    }

    @Test
    void aLaterYearThatContradictsOneChildIsRefusedWholeAndNothingIsWritten() throws Exception {
        var earlier = dir.resolve("2025");
        var later = dir.resolve("2026");
        assertThat(run(Map.of(), "generate", "--children", "60", "--seed", "3", "--year", "2026", "--out",
                later.toString(), "--prev-out", earlier.toString()).code()).isZero();
        var db = db("contradicted");
        imports(db, earlier, "2025: imported");
        var before = dir.resolve("before");
        assertThat(run(db, "export-903", "--year", "2026", "--format", "csv", "--out", before.toString()).code()).isZero();
        // a child of both years, with another date of birth in the later year
        var held = Files.readAllLines(earlier.resolve("header.csv"));
        var header = Files.readAllLines(later.resolve("header.csv"));
        var row = header.stream().skip(1).filter(l -> held.stream().anyMatch(h -> h.equals(l))).findFirst().orElseThrow();
        String child = row.substring(0, row.indexOf(','));
        String dob = row.split(",")[2];
        int day = Integer.parseInt(dob.substring(0, 2));
        String other = String.format("%02d", day < 28 ? day + 1 : day - 1) + dob.substring(2);
        for (var table : Ssda903Table.values()) {
            var file = later.resolve(table.fileName());
            if (Files.exists(file)) {
                Files.write(file, Files.readAllLines(file).stream()
                        .map(l -> l.startsWith(child + ",") ? l.replace(dob, other) : l).toList());
            }
        }
        var result = run(db, "import-903", "--in", later.toString());
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("child " + child + ": date of birth " + other + " in the return, " + dob
                + " in the record").contains("nothing was imported");
        var after = dir.resolve("after");
        assertThat(run(db, "export-903", "--year", "2026", "--format", "csv", "--out", after.toString()).code()).isZero();
        for (var table : Ssda903Table.collectedInYear(2026)) {
            assertThat(Files.readAllLines(after.resolve(table.fileName()))).as(table.dfeName())
                    .containsExactlyElementsOf(Files.readAllLines(before.resolve(table.fileName())));
        }
    }
}
