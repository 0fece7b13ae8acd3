package org.ourpromise.timescales;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.PromiseCommandLine;

/** The {@code workdays} command of DESIGN.md, through the command-line entry point. */
class WorkdaysCommandTests {

    record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = PromiseCommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "workdays --from {0} --add {1} -> {2}")
    @CsvSource({
            "2021-12-24, 4, 2022-01-04",
            "24/12/2021, 4, 2022-01-04",
            "2024-02-09, 20, 2024-03-08",
            "2026-03-28, 0, 2026-03-28"})
    void printsTheDate(String from, String n, String expected) {
        var r = run("workdays", "--from", from, "--add", n);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo(expected + System.lineSeparator());
        assertThat(r.err()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "--from 2026-13-01 --add 1 | must be a date",
            "--from 2026-01-01 --add -1 | --add must be between 0",
            "--from 2026-01-01 --add x | --add must be a whole number",
            "--add 3 | --from is required",
            "--from 2026-01-01 --by 3 | unknown option --by"})
    void badInputIsOneLineAndExitTwo(String args, String message) {
        var all = new java.util.ArrayList<String>();
        all.add("workdays");
        all.addAll(java.util.List.of(args.split(" ")));
        var r = run(all.toArray(String[]::new));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(message).doesNotContain("Exception");
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.out()).isEmpty();
    }
}
