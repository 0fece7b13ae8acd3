package org.ourpromise.education;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ourpromise.PromiseCommandLine;

/**
 * {@code import-attendance} and {@code import-ofsted} through the real command line and a database file: a bad
 * file exits 2 with a line per problem and stores nothing; a good one is stored whole, and a corrected file for
 * the same days replaces what was stored.
 */
class EducationImportCommandsTests {

    @TempDir
    Path dir;

    private String url;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void database() throws Exception {
        url = "jdbc:h2:file:" + dir.resolve("db/promise") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        // any database command creates the schema; then one child is put on the record
        run("import-attendance", "--file", file("empty.csv", "").toString());
        sql("insert into child (child_id, given_name, family_name, date_of_birth, sex, ethnicity) "
                + "values ('C1001', 'Amira', 'Khan', date '2012-03-14', 'F', 'APKN')");
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return PromiseCommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("spring.datasource.url", url));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path file(String name, String text) throws Exception {
        var f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private void sql(String statement) throws Exception {
        try (var c = DriverManager.getConnection(url, "promise", "")) {
            c.createStatement().execute(statement);
        }
    }

    private List<String> rows(String query) throws Exception {
        var rows = new ArrayList<String>();
        try (var c = DriverManager.getConnection(url, "promise", ""); var rs = c.createStatement().executeQuery(query)) {
            while (rs.next()) {
                var row = new ArrayList<String>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(String.valueOf(rs.getObject(i)));
                }
                rows.add(String.join("|", row));
            }
        }
        return rows;
    }

    @Test
    void aBadAttendanceFileExits2WithALinePerProblemAndStoresNothing() throws Exception {
        var bad = file("bad.csv", "Child ID,Week beginning,Possible sessions,Attendance %\n"
                + "C1001,02/11/2026,10,90\n"
                + "C4040,02/11/2026,10,90\n"
                + "C1001,31/09/2026,10,90\n"
                + "C1001,16/11/2026,10,120\n");
        assertThat(run("import-attendance", "--file", bad.toString())).isEqualTo(2);
        assertThat(err()).contains("bad.csv, line 3, column 'child id': no child with the ID 'C4040' is on the record",
                "bad.csv, line 4, column 'week beginning': '31/09/2026' is not a real date as dd/mm/yyyy",
                "bad.csv, line 5, column 'attendance %': the percentage 120 is not from 0 to 100",
                "import-attendance: nothing was imported (3 problems)");
        assertThat(rows("select count(*) from attendance")).containsExactly("0");
        // the rejected import is in the audit log: who ran it and why nothing was imported (issue 17)
        assertThat(rows("select username, detail from audit_event where action = 'IMPORT_REFUSED' "
                + "and detail like '%bad.csv%'"))
                .singleElement().asString().startsWith("command-line|import-attendance rejected: ")
                .contains("no child with the ID 'C4040' is on the record");
    }

    @Test
    void dailyMarksReplaceTheWeekTheyCover() throws Exception {
        var weekly = file("weekly.csv", "Child ID,Week beginning,Possible sessions,Attendance %\n"
                + "C1001,02/11/2026,10,80\n");
        assertThat(run("import-attendance", "--file", weekly.toString())).isEqualTo(0);
        assertThat(rows("select session, possible, attended from attendance")).containsExactly("WEEK|10|8.0");
        var daily = new StringBuilder("Child ID,Date,Session,Mark\n");
        for (int day = 2; day <= 6; day++) {
            daily.append("C1001,0").append(day).append("/11/2026,AM,/\n");
            daily.append("C1001,0").append(day).append("/11/2026,PM,").append(day == 6 ? "I" : "/").append('\n');
        }
        assertThat(run("import-attendance", "--file", file("daily.csv", daily.toString()).toString())).isEqualTo(0);
        assertThat(err()).contains("10 rows for 1 children (1 stored rows replaced)");
        assertThat(rows("select sum(possible), sum(attended) from attendance")).containsExactly("10|9.0");
    }

    @Test
    void ofstedInspectionsAreImportedWholeOrNotAtAll() throws Exception {
        String header = "URN,School name,Phase,Local authority,Inspection date,Overall effectiveness\n";
        assertThat(run("import-ofsted", "--file", file("o1.csv", header + "120345,Hill Top,Primary,Demoshire,"
                + "01/03/2023,2\n120346,Vale,Secondary,Demoshire,01/03/2023,Fine\n").toString())).isEqualTo(2);
        assertThat(rows("select count(*) from school")).containsExactly("0");
        assertThat(run("import-ofsted", "--file", file("o2.csv", header + "120345,Hill Top,Primary,Demoshire,"
                + "01/03/2023,2\n120346,Vale,Secondary,Demoshire,10/10/2024,\n").toString())).isEqualTo(0);
        assertThat(rows("select urn, overall_effectiveness from ofsted_inspection order by urn"))
                .containsExactly("120345|Good", "120346|null");
    }

    @Test
    void attainmentIsImportedWholeOrNotAtAll() throws Exception {
        String header = "Child ID,School year,Key stage,Good level of development,Expected standard RWM,Attainment 8,"
                + "Progress 8,English and maths 9-4,English and maths 9-5\n";
        assertThat(run("import-attainment", "--file", file("r1.csv", header + "C1001,2024/25,KS2,,Y,,,,\n"
                + "C1001,2025/26,KS4,,,120,,Y,Y\n").toString())).isEqualTo(2);
        assertThat(err()).contains("import-attainment: nothing was imported (1 problem)");
        assertThat(rows("select count(*) from attainment")).containsExactly("0");
        assertThat(run("import-attainment", "--file", file("r2.csv", header + "C1001,2024/25,KS2,,Y,,,,\n").toString()))
                .isEqualTo(0);
        assertThat(rows("select key_stage, expected_rwm from attainment")).containsExactly("KS2|true");
    }
}
