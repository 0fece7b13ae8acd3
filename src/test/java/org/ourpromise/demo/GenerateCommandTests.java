package org.ourpromise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.PromiseCommandLine;
import org.ourpromise.returns.Ssda903Return;
import org.ourpromise.returns.Ssda903Table;

class GenerateCommandTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--seed 1 --year 2026 --out x|option --children is required",
        "--children 9 --seed 1 --year 2026 --out x|--children must be between 10 and 100000",
        "--children 100001 --seed 1 --year 2026 --out x|--children must be between 10 and 100000",
        "--children ten --seed 1 --year 2026 --out x|--children must be a whole number",
        "--children 10 --seed x1 --year 2026 --out x|--seed must be a whole number",
        "--children 10 --seed 1 --year 2014 --out x|--year must be between 2015 and 2030",
        "--children 10 --seed 1 --year 2026 --history 11 --out x|--history must be between 0 and 10",
        "--children 10 --seed 1 --year 2026|option --out is required",
        "--children 10 --seed 1 --year 2026 --out x --size 3|unknown option --size"})
    void badOptionsGiveOneClearLineAndExit2(String args, String message) {
        var err = new ByteArrayOutputStream();
        var argv = ("generate " + args).split(" ");
        int code = PromiseCommandLine.run(argv, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = err.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(2);
        assertThat(text.lines().count()).isEqualTo(1);
        assertThat(text).contains(message);
    }

    @Test
    void prevOutWritesLastYearsReturnOfTheSameCouncil(@TempDir Path dir) throws Exception {
        var argv = ("generate --children 200 --seed 5 --year 2026 --out " + dir.resolve("now") + " --prev-out "
                + dir.resolve("last")).split(" ");
        int code = PromiseCommandLine.run(argv, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()));
        assertThat(code).isZero();
        var now = Ssda903Return.read(dir.resolve("now"));
        var last = Ssda903Return.read(dir.resolve("last"));
        assertThat(now.rows(Ssda903Table.HEADER)).hasSize(200);
        // A child in both returns is the same child: the same date of birth, and an episode open at the
        // end of last year is this year's with the same start.
        var dobNow = new HashMap<String, String>();
        now.rows(Ssda903Table.HEADER).forEach(h -> dobNow.put(h.child(), h.get("DOB")));
        var both = last.rows(Ssda903Table.HEADER).stream().filter(h -> dobNow.containsKey(h.child())).toList();
        assertThat(both).hasSizeGreaterThan(100).allSatisfy(h -> assertThat(h.get("DOB")).isEqualTo(dobNow.get(h.child())));
        var startsNow = now.rows(Ssda903Table.EPISODES).stream().map(e -> e.child() + " " + e.get("DECOM")).toList();
        var openLastYear = last.rows(Ssda903Table.EPISODES).stream().filter(e -> e.isBlank("DEC"))
                .map(e -> e.child() + " " + e.get("DECOM")).toList();
        assertThat(openLastYear).isNotEmpty();
        assertThat(startsNow).containsAll(openLastYear);
    }
}
