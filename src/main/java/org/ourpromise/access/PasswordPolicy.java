package org.ourpromise.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The NCSC's password guidance: length over complexity (no rules about digits or symbols, no expiry), and
 * a deny list of the passwords people choose most, so "Password1234!" is refused and three random words pass.
 * BCrypt reads at most 72 bytes, so a longer password would silently lose its end; it is refused instead.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    static final int MAXIMUM_BYTES = 72;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** What is wrong with a password for this account, one sentence per problem; empty when it is good. */
    public static List<String> problems(String password, String username, String name) {
        var problems = new ArrayList<String>();
        if (password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            problems.add("Password must be " + MINIMUM_LENGTH + " characters or more; three random words are easy "
                    + "to remember and hard to guess");
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
            problems.add("Password must be " + MAXIMUM_BYTES + " characters or fewer");
        }
        if (problems.isEmpty() && isGuessable(password, username, name)) {
            problems.add("Password is too easy to guess: it is a common password, or is made from your name or "
                    + "username; choose another");
        }
        return problems;
    }

    private static boolean isGuessable(String password, String username, String name) {
        String folded = fold(password);
        if (COMMON.contains(folded) || folded.chars().distinct().count() <= 3) {
            return true;
        }
        var personal = new ArrayList<String>(List.of(fold(username)));
        for (var part : name.split("\\s+")) {
            personal.add(fold(part));
        }
        String rest = folded;
        for (var p : personal) {
            if (p.length() >= 3) {
                rest = rest.replace(p, "");
            }
        }
        // Little left once the account's own names are taken out: "samokafor2026!" is guessable.
        return rest.length() < 6 || COMMON.contains(rest);
    }

    /** Letters and digits only, lower case: "Pass word-1" and "password1" are the same guess. */
    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static Set<String> load() {
        var words = new HashSet<String>();
        var in = PasswordPolicy.class.getResourceAsStream("/access/common-passwords.txt");
        if (in == null) {
            throw new IllegalStateException("access/common-passwords.txt is missing from the build");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> words.add(fold(l)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
