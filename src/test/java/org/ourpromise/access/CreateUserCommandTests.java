package org.ourpromise.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ourpromise.PromiseCommandLine;
import org.ourpromise.commandline.CommandException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** {@code create-user} through the real command line on a database file; the password never on the command line. */
class CreateUserCommandTests {

    @TempDir
    Path dir;

    private final InputStream stdin = System.in;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("db/promise") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    }

    private int run(String passwordLine, String... args) {
        out.reset();
        err.reset();
        System.setIn(new ByteArrayInputStream(passwordLine.getBytes(StandardCharsets.UTF_8)));
        return PromiseCommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("spring.datasource.url", url()));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("creates the first administrator with the password from standard input; exit 0, audited; "
            + "the same username again, bad fields and a common password exit 2 with one line per problem")
    void createsAndRefuses() {
        assertThat(run("violet kettle harbour lamp\n", "create-user", "--username", "first.admin", "--role",
                "ADMINISTRATOR", "--name", "Ada Lovelace", "--email", "ada@council.gov.uk")).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("first.admin created (Administrator)");

        assertThat(run("another long passphrase here\n", "create-user", "--username", "first.admin", "--role",
                "ADMINISTRATOR", "--name", "Someone Else", "--email", "else@council.gov.uk")).isEqualTo(2);
        assertThat(err()).contains("an account first.admin already exists");

        assertThat(run("violet kettle harbour lamp\n", "create-user", "--username", "Bad Name", "--role", "KING",
                "--email", "not-an-address")).isEqualTo(2);
        assertThat(err().lines().toList()).hasSize(4).allMatch(l -> l.startsWith("create-user: --"))
                .anyMatch(l -> l.contains("Role must be one of SOCIAL_WORKER"))
                .anyMatch(l -> l.contains("--name: Enter the person's name"));

        assertThat(run("Password1234!\n", "create-user", "--username", "second", "--role", "SOCIAL_WORKER",
                "--name", "Sam Second", "--email", "sam@council.gov.uk")).isEqualTo(2);
        assertThat(err()).contains("too easy to guess");

        var jdbc = new JdbcTemplate(new DriverManagerDataSource(url(), "promise", ""));
        var row = jdbc.queryForMap("select * from app_user where username = 'first.admin'");
        assertThat(row.get("role")).isEqualTo("ADMINISTRATOR");
        assertThat(row.get("email")).isEqualTo("ada@council.gov.uk");
        assertThat(row.get("display_name")).isEqualTo("Ada Lovelace");
        assertThat(new BCryptPasswordEncoder().matches("violet kettle harbour lamp", (String) row.get("password_hash")))
                .isTrue();
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'MANAGE_ACCOUNT'"
                + " and detail like 'created account first.admin%'", Long.class)).isEqualTo(1);
    }

    @Test
    @DisplayName("the password comes from PROMISE_PASSWORD when it is set, standard input otherwise; never empty")
    void passwordSource() throws CommandException {
        var none = new ByteArrayInputStream(new byte[0]);
        var ignored = new PrintStream(new ByteArrayOutputStream());
        assertThat(CreateUserCommand.password(Map.of("PROMISE_PASSWORD", "from the environment"), none, ignored))
                .isEqualTo("from the environment");
        assertThat(CreateUserCommand.password(Map.of(), new ByteArrayInputStream("typed in\nnext".getBytes()), ignored))
                .isEqualTo("typed in");
        assertThatThrownBy(() -> CreateUserCommand.password(Map.of(), none, ignored))
                .isInstanceOf(CommandException.class).hasMessageContaining("no password given");
    }
}
