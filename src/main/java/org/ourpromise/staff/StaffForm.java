package org.ourpromise.staff;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the staff form: every field checked, a plain-English error per field, and a member of staff only
 * when there is no error. The worker id is typed for a new member and fixed afterwards.
 */
final class StaffForm {

    /** Worker ids as allocations and the 903 hold them. */
    static final String WORKER_ID = "[A-Za-z0-9]{1,40}";
    /** Team names as allocations hold them. */
    static final String TEAM = "[A-Za-z0-9 _'.&-]{1,40}";
    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    private static final BigDecimal MIN_FTE = new BigDecimal("0.01");

    record Result(@Nullable StaffMember member, Map<String, String> errors) {
    }

    private final Map<String, String> params;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private StaffForm(Map<String, String> params) {
        this.params = params;
    }

    /** @param workerId the member's id when editing; null for a new member (then read from the form) */
    static Result read(Map<String, String> params, @Nullable String workerId) {
        var f = new StaffForm(params);
        String id = workerId != null ? workerId : f.workerId();
        String name = f.required("name", "name", 120);
        StaffRole role = f.role();
        String team = f.required("team", "team", 40);
        if (team != null && !team.matches(TEAM)) {
            f.errors.put("team", "Enter a team name of letters, digits and spaces (up to 40)");
            team = null;
        }
        String email = f.raw("email").isEmpty() ? null : f.raw("email");
        if (email != null && (email.length() > 254 || !email.matches(EMAIL))) {
            f.errors.put("email", "Enter an email address in the correct format, like name@example.gov.uk");
        }
        Boolean agency = f.agency();
        BigDecimal fte = f.fte();
        LocalDate from = f.date("from", "start date", true);
        LocalDate to = f.date("to", "end date", false);
        if (from != null && to != null && to.isBefore(from)) {
            f.errors.put("to", "The end date must be the same as or after the start date");
        }
        int version = f.version();
        if (!f.errors.isEmpty() || id == null || name == null || role == null || team == null || agency == null
                || fte == null || from == null) {
            // in the order checked, which is the page's: the error summary follows it
            return new Result(null, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(f.errors)));
        }
        return new Result(new StaffMember(id, name, role, team, email, agency, fte, from, to, version), Map.of());
    }

    /** The form's fields from a stored member, to edit it. */
    static Map<String, String> values(StaffMember m) {
        var v = new LinkedHashMap<String, String>();
        v.put("workerId", m.workerId());
        v.put("name", m.name());
        v.put("role", m.role().name());
        v.put("team", m.team());
        v.put("email", m.email() == null ? "" : m.email());
        v.put("agency", m.agency() ? "yes" : "no");
        v.put("fte", m.fte().stripTrailingZeros().toPlainString());
        putDate(v, "from", m.from());
        if (m.to() != null) {
            putDate(v, "to", m.to());
        }
        v.put("version", String.valueOf(m.version()));
        return v;
    }

    private static void putDate(Map<String, String> v, String name, LocalDate d) {
        v.put(name + "-day", String.valueOf(d.getDayOfMonth()));
        v.put(name + "-month", String.valueOf(d.getMonthValue()));
        v.put(name + "-year", String.valueOf(d.getYear()));
    }

    private String raw(String name) {
        var v = params.get(name);
        return v == null ? "" : v.strip();
    }

    private @Nullable String workerId() {
        String id = raw("workerId").toUpperCase(Locale.ROOT);
        if (!id.matches(WORKER_ID)) {
            errors.put("workerId", id.isEmpty() ? "Enter the worker ID"
                    : "Enter a worker ID of up to 40 letters and digits, like SW00054");
            return null;
        }
        return id;
    }

    private @Nullable String required(String field, String label, int max) {
        String v = raw(field);
        if (v.isEmpty()) {
            errors.put(field, "Enter the " + label);
            return null;
        }
        if (v.length() > max) {
            errors.put(field, "Write the " + label + " in " + max + " characters or fewer");
            return null;
        }
        return v;
    }

    private @Nullable StaffRole role() {
        for (var r : StaffRole.values()) {
            if (r.name().equals(raw("role"))) {
                return r;
            }
        }
        errors.put("role", "Select the role");
        return null;
    }

    private @Nullable Boolean agency() {
        return switch (raw("agency")) {
            case "yes" -> true;
            case "no" -> false;
            default -> {
                errors.put("agency", "Select whether they are agency or permanent staff");
                yield null;
            }
        };
    }

    private @Nullable BigDecimal fte() {
        String v = raw("fte");
        try {
            var fte = new BigDecimal(v);
            if (fte.scale() <= 2 && fte.compareTo(MIN_FTE) >= 0 && fte.compareTo(BigDecimal.ONE) <= 0) {
                return fte.setScale(2);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put("fte", v.isEmpty() ? "Enter the contracted hours as a share of full time, like 1 or 0.6"
                : "Enter the contracted hours as a share of full time from 0.01 to 1, like 0.6");
        return null;
    }

    private @Nullable LocalDate date(String name, String label, boolean required) {
        String d = raw(name + "-day");
        String m = raw(name + "-month");
        String y = raw(name + "-year");
        if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            if (required) {
                errors.put(name, "Enter the " + label);
            }
            return null;
        }
        try {
            if (y.length() != 4) {
                throw new NumberFormatException();
            }
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (NumberFormatException | DateTimeException e) {
            errors.put(name, "The " + label + " must be a real date, for example 27 3 2026");
            return null;
        }
    }

    private int version() {
        String v = raw("version");
        return v.matches("\\d{1,9}") ? Integer.parseInt(v) : 0;
    }
}
