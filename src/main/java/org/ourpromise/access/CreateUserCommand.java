package org.ourpromise.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.commandline.CommandArguments;
import org.ourpromise.commandline.CommandException;
import org.ourpromise.commandline.PromiseCommand;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code create-user}: an account, typically the first administrator of a new database. The password is
 * read from the environment variable {@code PROMISE_PASSWORD}, or else from standard input, never from the
 * command line (where other users of the machine and the shell's history would see it).
 */
@Component
class CreateUserCommand implements PromiseCommand {

    static final String PASSWORD_VARIABLE = "PROMISE_PASSWORD";

    private final UserAccounts users;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    CreateUserCommand(UserAccounts users, AuditLog audit, TransactionTemplate transaction) {
        this.users = users;
        this.audit = audit;
        this.transaction = transaction;
    }

    @Override
    public String name() {
        return "create-user";
    }

    @Override
    public String usage() {
        return "create-user --username U --role ROLE --name NAME --email EMAIL";
    }

    @Override
    public boolean needsDatabase() {
        return true;
    }

    @Override
    public int run(CommandArguments args, PrintStream out, PrintStream err) throws CommandException {
        var account = AccountForm.of(args.optional("username").orElse(""), args.optional("role").orElse(""),
                args.optional("name").orElse(""), args.optional("email").orElse(""));
        var problems = new ArrayList<String>();
        account.problems().forEach((field, problem) -> problems.add("create-user: --" + field + ": " + problem));
        if (problems.isEmpty() && users.exists(account.username())) {
            problems.add("create-user: --username: an account " + account.username() + " already exists");
        }
        if (!problems.isEmpty()) {
            throw new CommandException(problems);
        }
        String password = password(System.getenv(), System.in, err);
        var weak = PasswordPolicy.problems(password, account.username(), account.name());
        if (!weak.isEmpty()) {
            throw new CommandException(weak.stream().map(p -> "create-user: " + p).toList());
        }
        transaction.executeWithoutResult(status -> {
            users.addUser(account.username(), account.name(), password, account.role(), null, null);
            users.setEmail(account.username(), account.email());
            audit.recordAs("command-line", AuditLog.Action.MANAGE_ACCOUNT, null,
                    "created account " + account.username() + " (" + account.role().label() + ")");
        });
        out.println("create-user: " + account.username() + " created (" + account.role().label() + ")");
        return 0;
    }

    /** From the environment when set, else the first line of standard input (without echo at a terminal). */
    static String password(Map<String, String> environment, InputStream in, PrintStream err) throws CommandException {
        @Nullable String fromEnvironment = environment.get(PASSWORD_VARIABLE);
        if (fromEnvironment != null) {
            return fromEnvironment;
        }
        var console = System.console();
        if (console != null && in == System.in) {
            char[] typed = console.readPassword("Password: ");
            if (typed == null) {
                throw new CommandException("create-user: no password given");
            }
            String password = new String(typed);
            Arrays.fill(typed, ' ');
            return password;
        }
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new CommandException("create-user: no password given (set " + PASSWORD_VARIABLE
                        + " or write it to standard input)");
            }
            return line;
        } catch (IOException e) {
            throw new CommandException("create-user: cannot read the password (" + e.getMessage() + ")");
        }
    }
}
