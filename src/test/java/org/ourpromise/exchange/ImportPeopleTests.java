package org.ourpromise.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ourpromise.commandline.CommandRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ourpromise.commandline.CommandRun;

/** import-people after import-903: names, staff and IRO and PA allocations, all or nothing, again without change. */
class ImportPeopleTests {

    @TempDir
    Path dir;

    private String url() {
        return CommandRun.h2FileUrl(dir.resolve("db"));
    }

    private long count(String sql) throws Exception {
        try (var c = DriverManager.getConnection(url(), "promise", ""); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The first two children of the generated return's header table. */
    private List<String> twoChildren(Path generated) throws Exception {
        var header = Files.readAllLines(generated.resolve("header.csv"));
        int col = List.of(header.get(0).split(",")).indexOf("CHILD");
        return List.of(header.get(1).split(",", -1)[col], header.get(2).split(",", -1)[col]);
    }

    @Test
    void staffAndAllocationsLoadOnceAndBadFilesChangeNothing() throws Exception {
        var generated = dir.resolve("return");
        assertThat(run(Map.of(), "generate", "--children", "40", "--seed", "3", "--year", "2026", "--out",
                generated.toString()).code()).isZero();
        Map<String, Object> db = Map.of("spring.datasource.url", url());
        assertThat(run(db, "import-903", "--in", generated.toString()).code()).isZero();
        var kids = twoChildren(generated);

        var people = Files.createDirectories(dir.resolve("people"));
        Files.writeString(people.resolve("children.csv"), "CHILD,GIVEN_NAME,FAMILY_NAME,NHS_NUMBER\n"
                + kids.get(0) + ",Ava,Smith-Jones,943 476 5919\n");
        Files.writeString(people.resolve("staff.csv"), "WORKER_ID,NAME,ROLE,TEAM,EMAIL,AGENCY,FTE,START\n"
                + "IRO77,\"Reid, Ivy\",IRO,Independent reviewing,ivy@council.example,N,0.8,01/04/2022\n"
                + "PA77,Paul Adams,PA,Leaving care,,Y,,01/04/2022\n");
        Files.writeString(people.resolve("allocations.csv"), "CHILD,ROLE,WORKER_ID,TEAM,START,END\n"
                + kids.get(0) + ",IRO,IRO77,Independent reviewing,01/04/2024,\n"
                + kids.get(1) + ",PA,PA77,Leaving care,01/04/2024,\n");
        long allocationsBefore = count("select count(*) from allocation");
        var first = run(db, "import-people", "--in", people.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).contains("1 children named, 2 staff added, 2 allocations added");
        assertThat(count("select count(*) from allocation where worker_id = 'IRO77' and role = "
                + "'INDEPENDENT_REVIEWING_OFFICER'")).isOne();
        assertThat(count("select count(*) from allocation")).isEqualTo(allocationsBefore + 2);
        assertThat(count("select count(*) from staff_member where name = 'Reid, Ivy' and agency = false")).isOne();
        assertThat(count("select count(*) from child where given_name = 'Ava' and family_name = 'Smith-Jones'"
                + " and nhs_number = '9434765919'")).isOne();

        var again = run(db, "import-people", "--in", people.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.err()).contains("nothing changed");
        assertThat(count("select count(*) from allocation")).isEqualTo(allocationsBefore + 2);

        // an unknown worker, an IRO allocated as a PA, an overlap with the IRO held, a bad date and FTE: one line each
        var bad = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(bad.resolve("staff.csv"), "WORKER_ID,NAME,ROLE,TEAM,FTE,START\n"
                + "IRO78,Iris Ray,IRO,Independent reviewing,1.5,01/04/2022\n");
        Files.writeString(bad.resolve("allocations.csv"), "CHILD,ROLE,WORKER_ID,TEAM,START\n"
                + kids.get(1) + ",SW,NOBODY,North,01/04/2024\n"
                + kids.get(1) + ",PA,IRO77,Leaving care,01/05/2024\n"
                + kids.get(0) + ",IRO,IRO77,Independent reviewing,30/02/2025\n"
                + kids.get(0) + ",IRO,IRO77,Independent reviewing,01/06/2025\n");
        var refused = run(db, "import-people", "--in", bad.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("staff.csv line 2, FTE:")
                .contains("allocations.csv line 2, WORKER_ID: no worker NOBODY")
                .contains("allocations.csv line 3, WORKER_ID: IRO77 is on the staff as independent reviewing officer")
                .contains("allocations.csv line 4, START: not a date as dd/mm/yyyy: 30/02/2025")
                .contains("allocations.csv line 5, START: overlaps the IRO77 allocation from 01/04/2024")
                .contains("nothing was imported");
        assertThat(count("select count(*) from allocation")).isEqualTo(allocationsBefore + 2);
        assertThat(count("select count(*) from staff_member where worker_id = 'IRO78'")).isZero();
    }
}
