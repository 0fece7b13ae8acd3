package org.ourpromise.commandline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.PromiseCommandLine;

/** Which arguments start the web server, and what an unknown command or option does instead. */
class CommandDispatchTests {

    @ParameterizedTest(name = "''{0}'' starts the server: {1}")
    @CsvSource(delimiter = '|', value = {
        "''                                     | true",
        "--server.port=0                        | true",
        "--server.port=18123 --promise.demo.enabled=false | true",
        "--spring.datasource.url=jdbc:h2:file:/tmp/x | true",
        "--debug                                | true",
        "create-user --username a              | false",
        "creat-user                             | false",
        "indicator --in x                       | false",
        "--help                                 | false",
        "--server.port 18123                    | false",
        "--hlep                                 | false",
        "--server.port=0 generate               | false"})
    @DisplayName("only Spring settings (--name=value) start the web server; anything else is a command")
    void startsServer(String args, boolean server) {
        String[] split = args.isBlank() ? new String[0] : args.strip().split("\\s+");
        assertThat(PromiseCommandLine.startsServer(split)).isEqualTo(server);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "creat-user --username a | unknown command 'creat-user'",
        "indicator               | unknown command 'indicator'",
        "--hlep                  | unknown option --hlep",
        "--server.port 18123     | unknown option --server.port"})
    @DisplayName("an unknown command or option exits 2 with the list of commands")
    void unknownCommand(String args, String message) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = PromiseCommandLine.run(args.strip().split("\\s+"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        var text = err.toString(StandardCharsets.UTF_8);
        assertThat(text).contains(message).contains("The commands are:").contains("indicators --in DIR")
                .contains("create-user").contains("validate-903");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"workdays --from 2026-01-05 --add 3 --bogus 1", "indicators --in . --year 2026 --yeer 2026"})
    @DisplayName("an unknown option of a known command exits 2 naming it")
    void unknownOptionOfCommand(String args) {
        var err = new ByteArrayOutputStream();
        int code = PromiseCommandLine.run(args.split(" "), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option");
    }
}
