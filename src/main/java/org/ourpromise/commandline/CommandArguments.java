package org.ourpromise.commandline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code --name value} options of a command, validated against the names it accepts, and its flags: options
 * such as {@code --replace} that take no value.
 */
public final class CommandArguments {

    private final String command;
    private final Map<String, String> options;

    private CommandArguments(String command, Map<String, String> options) {
        this.command = command;
        this.options = options;
    }

    /** Parses {@code args} (after the command name), refusing unknown, repeated or valueless options. */
    public static CommandArguments parse(String command, List<String> args, Set<String> known)
            throws CommandException {
        return parse(command, args, known, Set.of());
    }

    /** As {@link #parse(String, List, Set)}; the {@code flags} among the known names take no value. */
    public static CommandArguments parse(String command, List<String> args, Set<String> known, Set<String> flags)
            throws CommandException {
        var options = new LinkedHashMap<String, String>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--")) {
                throw new CommandException(command + ": unexpected argument '" + a + "'");
            }
            String name = a.substring(2);
            if (!known.contains(name)) {
                throw new CommandException(command + ": unknown option --" + name + " (accepted: --"
                        + String.join(", --", known.stream().sorted().toList()) + ")");
            }
            if (flags.contains(name)) {
                if (options.put(name, "") != null) {
                    throw new CommandException(command + ": option --" + name + " given twice");
                }
                continue;
            }
            if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                throw new CommandException(command + ": option --" + name + " needs a value");
            }
            if (options.put(name, args.get(++i)) != null) {
                throw new CommandException(command + ": option --" + name + " given twice");
            }
        }
        return new CommandArguments(command, options);
    }

    /** Whether a flag (an option without a value) was given. */
    public boolean flag(String name) {
        return options.containsKey(name);
    }

    public Optional<String> optional(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public String required(String name) throws CommandException {
        var v = options.get(name);
        if (v == null) {
            throw new CommandException(command + ": option --" + name + " is required");
        }
        return v;
    }

    public int requiredInt(String name, int min, int max) throws CommandException {
        return toInt(name, required(name), min, max);
    }

    public Optional<Integer> optionalInt(String name, int min, int max) throws CommandException {
        var v = options.get(name);
        return v == null ? Optional.empty() : Optional.of(toInt(name, v, min, max));
    }

    private int toInt(String name, String v, int min, int max) throws CommandException {
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw new CommandException(command + ": --" + name + " must be between " + min + " and " + max
                        + ", got " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new CommandException(command + ": --" + name + " must be a whole number, got '" + v + "'");
        }
    }

    /** A collection year: the year in which its 31 March falls (2026 = 2025-26). */
    public int requiredYear() throws CommandException {
        return requiredInt("year", 2000, 2100);
    }

    public LocalDate requiredDate(String name) throws CommandException {
        var v = required(name);
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(v.strip(), java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu")
                        .withResolverStyle(java.time.format.ResolverStyle.STRICT));
            } catch (DateTimeParseException notDayMonthYear) {
                // reported below
            }
            throw new CommandException(command + ": --" + name + " must be a date as yyyy-mm-dd or dd/mm/yyyy, got '"
                    + v + "'");
        }
    }

    /** An existing directory to read from. */
    public Path requiredInputDirectory(String name) throws CommandException {
        var p = Path.of(required(name));
        if (!Files.isDirectory(p)) {
            throw new CommandException(command + ": --" + name + " " + p + " is not a directory");
        }
        return p;
    }

    public Optional<Path> optionalPath(String name) {
        return optional(name).map(Path::of);
    }
}
