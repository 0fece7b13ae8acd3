package org.ourpromise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.PromiseCommandLine;

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
}
