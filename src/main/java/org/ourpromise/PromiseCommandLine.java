package org.ourpromise;

import java.io.PrintStream;
import org.ourpromise.commandline.CommandArguments;
import org.ourpromise.access.AuditLog;
import org.ourpromise.commandline.CommandException;
import org.ourpromise.commandline.PromiseCommand;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The subcommands of DESIGN.md. Engine commands run without Spring; database commands start a
 * context without the web server (and never add demo data).
 */
public final class PromiseCommandLine {

    /** Commands on the pure engines: constructed directly, no Spring, no database. */
    private static final Map<String, Supplier<PromiseCommand>> ENGINE_COMMANDS = new LinkedHashMap<>();

    /** Commands that use the database: Spring beans looked up by name. */
    private static final List<String> DATABASE_COMMANDS = List.of("export-903", "import-903", "import-benchmarks",
            "import-targets", "create-user", "import-ofsted", "import-attendance", "import-attainment", "import-people",
            "retention");

    /** A Spring setting for the web server, {@code --server.port=0}, or Spring Boot's own flags. */
    private static final java.util.regex.Pattern SERVER_SETTING =
            java.util.regex.Pattern.compile("--[A-Za-z][A-Za-z0-9_.\\[\\]-]*=.*|--debug|--trace");

    static {
        register(org.ourpromise.returns.ValidateReturnCommand::new);
        register(org.ourpromise.demo.GenerateCommand::new);
        register(org.ourpromise.timescales.WorkdaysCommand::new);
        register(org.ourpromise.measures.IndicatorsCommand::new);
        register(org.ourpromise.reports.ReportCommand::new);
    }

    private PromiseCommandLine() {
    }

    private static void register(Supplier<PromiseCommand> command) {
        ENGINE_COMMANDS.put(command.get().name(), command);
    }

    public static boolean isCommand(String name) {
        return ENGINE_COMMANDS.containsKey(name) || DATABASE_COMMANDS.contains(name)
                || name.equals("help") || name.equals("--help");
    }

    /**
     * Whether these arguments start the web server: none, or only Spring settings ({@code --name=value}).
     * Anything else is a command, and an unknown one is refused rather than starting the server.
     */
    public static boolean startsServer(String[] args) {
        return Arrays.stream(args).allMatch(a -> SERVER_SETTING.matcher(a).matches());
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Map.of());
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, with extra Spring settings for database commands. */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, Object> settings) {
        String name = args.length == 0 ? "" : args[0];
        if (name.equals("help") || name.equals("--help")) {
            printCommands(out);
            return 0;
        }
        if (!isCommand(name)) {
            err.println(name.startsWith("--") ? "promise: unknown option " + name.replaceFirst("=.*", "")
                    + " (settings for the web server are written --name=value)"
                    : "promise: unknown command '" + name + "'");
            err.println("The commands are:");
            printCommands(err);
            return 2;
        }
        var rest = Arrays.asList(args).subList(1, args.length);
        try {
            if (ENGINE_COMMANDS.containsKey(name)) {
                var command = ENGINE_COMMANDS.get(name).get();
                return command.run(parse(command, rest), out, err);
            }
            return runWithDatabase(name, rest, out, err, settings);
        } catch (CommandException e) {
            e.problems().forEach(err::println);
            return 2;
        } catch (RuntimeException e) {
            err.println(name + ": failed: " + e.getMessage());
            return 1;
        }
    }

    private static void printCommands(PrintStream out) {
        ENGINE_COMMANDS.values().forEach(c -> out.println("  " + c.get().usage()));
        DATABASE_COMMANDS.forEach(c -> out.println("  " + c + " (uses the database; see README)"));
        out.println("  help");
        out.println("With no command (or only --name=value settings) it starts the web server.");
    }

    private static CommandArguments parse(PromiseCommand command, List<String> rest) throws CommandException {
        return CommandArguments.parse(command.name(), rest, optionNames(command.usage()), flagNames(command.usage()));
    }

    /** The option names a usage line mentions: {@code --in DIR [--prev DIR]} gives in, prev. */
    static java.util.Set<String> optionNames(String usage) {
        var names = new java.util.TreeSet<String>();
        var m = java.util.regex.Pattern.compile("--([a-z0-9-]+)").matcher(usage);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The options a usage line shows without a value: {@code [--replace]} gives replace. */
    static java.util.Set<String> flagNames(String usage) {
        var names = new java.util.TreeSet<String>();
        var m = java.util.regex.Pattern.compile("--([a-z0-9-]+)(?=\\]|$)").matcher(usage);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static int runWithDatabase(String name, List<String> rest, PrintStream out, PrintStream err,
            Map<String, Object> settings) throws CommandException {
        // Settings go in as Spring command-line arguments so they win over application.properties.
        var springArgs = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        try (var context = new SpringApplicationBuilder(PromiseApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("promise.demo.enabled=false", "spring.main.banner-mode=off",
                        "logging.level.root=WARN", "logging.level.org.flywaydb=ERROR")
                .run(springArgs)) {
            var command = context.getBeansOfType(PromiseCommand.class).values().stream()
                    .filter(c -> c.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no command " + name));
            try {
                return command.run(parse(command, rest), out, err);
            } catch (CommandException e) {
                if (name.startsWith("import")) {
                    refusedImport(context.getBean(AuditLog.class), name, e);
                }
                throw e;
            }
        }
    }

    /** A rejected import is audited (issue 17): who ran which import, and why nothing was imported. */
    private static void refusedImport(AuditLog audit, String name, CommandException e) {
        audit.recordAs("command-line", AuditLog.Action.IMPORT_REFUSED, null, name + " rejected: "
                + String.join("; ", e.problems()));
    }
}
