package org.ourpromise.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ourpromise.PromiseCommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code validate-903} as DESIGN.md states it: JSON of every rule of the year, exit 0 whatever it finds. */
class ValidateReturnCommandTests {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
        JsonNode json() {
            return JsonMapper.builder().build().readTree(out);
        }
    }

    private static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var argv = new ArrayList<String>(List.of("validate-903"));
        argv.addAll(List.of(args));
        int code = PromiseCommandLine.run(argv.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Ssda903Row row(Ssda903Table table, Map<String, String> values) {
        var cells = new String[table.columns().size()];
        java.util.Arrays.fill(cells, "");
        values.forEach((column, value) -> cells[table.indexOf(column)] = value);
        return new Ssda903Row(table, table.fileName(), 0, cells);
    }

    /** Two children in care in 2025-26; child 2's SEX is not a 2025-26 code (DfE rule 101). */
    private Path smallReturn() {
        var header = List.of(
                row(Ssda903Table.HEADER, Map.of("CHILD", "1", "SEX", "F", "DOB", "01/06/2012", "ETHNIC", "WBRI",
                        "UPN", "UN1")),
                row(Ssda903Table.HEADER, Map.of("CHILD", "2", "SEX", "9", "DOB", "01/06/2010", "ETHNIC", "WBRI",
                        "UPN", "UN1")));
        var episodes = List.of(
                row(Ssda903Table.EPISODES, Map.of("CHILD", "1", "DECOM", "01/05/2025", "RNE", "S", "LS", "C2",
                        "CIN", "N1", "PLACE", "U1", "PLACE_PROVIDER", "PR1", "HOME_POST", "TR1 1AA",
                        "PL_POST", "IV1 1AA", "URN", "SC123456")),
                row(Ssda903Table.EPISODES, Map.of("CHILD", "2", "DECOM", "01/05/2025", "RNE", "S", "LS", "C2",
                        "CIN", "N1", "PLACE", "K2", "PLACE_PROVIDER", "PR1", "HOME_POST", "TR1 1AA",
                        "PL_POST", "TR1 1AA", "URN", "SC123456")));
        var in = dir.resolve("return");
        Ssda903Return.of(Map.of(Ssda903Table.HEADER, header, Ssda903Table.EPISODES, episodes)).writeCsv(in, 2026);
        return in;
    }

    @Test
    void runsEveryRuleOfTheYearAndWritesTheDesignJsonExitingZeroWhateverItFinds() {
        var result = run("--in", smallReturn().toString(), "--year", "2026");
        assertThat(result.code()).isZero();
        var json = result.json();
        assertThat(json.propertyNames()).containsExactly("year", "rules_run", "failures", "skipped");
        assertThat(json.get("year").asInt()).isEqualTo(2026);
        assertThat(json.get("rules_run").asInt()).isPositive();
        int skipped = json.get("skipped").size();
        assertThat(json.get("rules_run").asInt() + skipped).isEqualTo(RuleCatalogue.forYear(2026).size());
        var failures = json.get("failures");
        assertThat(failures.get(0).propertyNames()).containsExactly("rule", "table", "child", "row");
        assertThat(failures.valueStream().filter(f -> f.get("rule").asString().equals("101")))
                .singleElement().satisfies(f -> {
                    assertThat(f.get("table").asString()).isEqualTo("Header");
                    assertThat(f.get("child").asString()).isEqualTo("2");
                    assertThat(f.get("row").asInt()).isEqualTo(2);
                });
        assertThat(json.get("skipped").get(0).propertyNames()).containsExactly("rule", "reason");
        assertThat(result.err().lines()).singleElement().asString()
                .startsWith("validate-903: 2026: " + json.get("rules_run").asInt() + " rules run, ");
    }

    @Test
    void writesTheJsonToOutWhenGiven() throws Exception {
        var target = dir.resolve("report.json");
        var result = run("--in", smallReturn().toString(), "--year", "2026", "--out", target.toString());
        assertThat(result.code()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(Files.readString(target)).startsWith("{\"year\":2026,\"rules_run\":");
    }

    @Test
    void withProvidersPostcodesAndTheCouncilTheReferenceRulesRun() throws Exception {
        var providers = Files.writeString(dir.resolve("providers.csv"), "URN,PLACE_CODES,LA_CODE\nSC123456,K2;U1,908\n");
        var postcodes = Files.writeString(dir.resolve("postcodes.csv"),
                "POSTCODE,EASTING,NORTHING,LA_CODE\nTR1 1AA,182000,45000,908\nIV1 1AA,266000,845000,S12000017\n");
        var result = run("--in", smallReturn().toString(), "--year", "2026", "--providers", providers.toString(),
                "--postcodes", postcodes.toString(), "--la", "908");
        assertThat(result.code()).isZero();
        var skipped = result.json().get("skipped").valueStream().map(s -> s.get("rule").asString()).toList();
        assertThat(skipped).doesNotContain("1008", "229", "454", "1015").contains("105", "411");
        // child 1 is placed about 500 miles from home (DOMAIN.md §1.5)
        assertThat(result.json().get("failures").valueStream()
                .filter(f -> f.get("rule").asString().equals("454")).map(f -> f.get("child").asString()))
                .containsExactly("1");
    }

    @Test
    void aMissingReturnDirectoryIsOneLineAndExit2() {
        var result = run("--in", dir.resolve("nowhere").toString(), "--year", "2026");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err().lines()).singleElement().asString().contains("--in").contains("is not a directory");
    }

    @Test
    void aYearWithoutACatalogueIsOneLineAndExit2() {
        var result = run("--in", smallReturn().toString(), "--year", "2023");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err().lines()).singleElement().asString()
                .contains("no rule catalogue for --year 2023").contains("[2024, 2025, 2026, 2027]");
    }

    @Test
    void badReferenceFilesGiveOneLinePerProblemAndExit2() throws Exception {
        var postcodes = Files.writeString(dir.resolve("postcodes.csv"), "POSTCODE,EASTING,NORTHING\nTR1 1AA,x,1\n,1,2\n");
        var result = run("--in", smallReturn().toString(), "--year", "2026", "--providers",
                dir.resolve("missing.csv").toString(), "--postcodes", postcodes.toString(), "--la", "Cornwall");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err().lines()).containsExactly(
                "validate-903: --la must be the council's 3-digit LA code (e.g. 855), got 'Cornwall'",
                "validate-903: --providers " + dir.resolve("missing.csv") + " is not a file",
                postcodes + ": row 1: EASTING 'x' and NORTHING '1' must both be whole numbers of metres",
                postcodes + ": row 2: POSTCODE is blank");
    }
}
