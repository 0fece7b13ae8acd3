package org.ourpromise.access;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The details of a new account as typed (by an administrator, or on the command line), checked: a username of
 * lower-case letters, digits, dots, hyphens and underscores; a role by its name; a name; an email address.
 */
record AccountForm(String username, @Nullable Role role, String name, String email, Map<String, String> problems) {

    static final String USERNAME = "[a-z0-9][a-z0-9._-]{1,59}";
    static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    static AccountForm of(String username, String role, String name, String email) {
        var problems = new LinkedHashMap<String, String>();
        String u = username.strip();
        if (u.isEmpty()) {
            problems.put("username", "Enter a username");
        } else if (!u.matches(USERNAME)) {
            problems.put("username", "Username must be 2 to 60 lower-case letters, digits, dots, hyphens or "
                    + "underscores, starting with a letter or digit");
        }
        Role r = null;
        try {
            r = role.isBlank() ? null : Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (r == Role.YOUNG_PERSON) {
            // linked to one child, so made only from the invitation their worker sends (My Promise)
            problems.put("role", "A young person's account is made from the invitation their worker sends");
        } else if (r == null) {
            problems.put("role", role.isBlank() ? "Choose a role" : "Role must be one of " + roleNames());
        }
        String n = name.strip();
        if (n.isEmpty()) {
            problems.put("name", "Enter the person's name");
        } else if (n.length() > 120) {
            problems.put("name", "Name must be 120 characters or fewer");
        }
        String e = email.strip();
        if (e.isEmpty()) {
            problems.put("email", "Enter an email address");
        } else if (!e.matches(EMAIL) || e.length() > 200) {
            problems.put("email", "Enter an email address in the correct format, like name@example.gov.uk");
        }
        return new AccountForm(u, r, n, e, java.util.Collections.unmodifiableMap(problems));
    }

    /** The role, once {@link #problems()} is empty. */
    @Override
    public Role role() {
        if (role == null) {
            throw new IllegalStateException("no role: " + problems);
        }
        return role;
    }

    static String roleNames() {
        var names = new StringBuilder();
        for (var r : Role.values()) {
            if (r == Role.YOUNG_PERSON) {
                continue;
            }
            names.append(names.isEmpty() ? "" : ", ").append(r.name());
        }
        return names.toString();
    }
}
