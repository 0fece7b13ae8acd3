package org.ourpromise.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ourpromise.children.ChildRegister.RegisteredChild;
import org.ourpromise.exchange.PeopleFiles.Row;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.NhsNumber;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.staff.StaffMember;
import org.ourpromise.staff.StaffRole;

/**
 * Checks every row of the companion files against each other and what is stored, and decides what importing them
 * writes: nothing is decided from a file with a problem in it, and a row exactly as stored changes nothing.
 */
final class PeopleChecks {

    /** A child's names and identifiers from children.csv. */
    record Names(String childId, String given, String family, @Nullable String upn, @Nullable String nhs,
            @Nullable String postcode) {
    }

    /** What the files add or change, and how many rows are held already as given. */
    record Plan(List<Names> names, List<StaffMember> staff, Map<String, List<Allocation>> allocations, int unchanged) {
        boolean changesNothing() {
            return names.isEmpty() && staff.isEmpty() && allocations.isEmpty();
        }
    }

    private static final String NAME = "[\\p{L}][\\p{L} '\\-.]{0,79}";
    private static final String ID = "[A-Za-z0-9_-]{1,40}";

    private final Map<String, RegisteredChild> children;
    private final Map<String, StaffMember> staffHeld;
    private final Map<String, List<Allocation>> allocationsHeld;
    private final List<String> problems = new ArrayList<>();
    private int unchanged;

    PeopleChecks(Map<String, RegisteredChild> children, Map<String, StaffMember> staffHeld,
            Map<String, List<Allocation>> allocationsHeld) {
        this.children = children;
        this.staffHeld = staffHeld;
        this.allocationsHeld = allocationsHeld;
    }

    List<String> problems() {
        return problems;
    }

    Plan plan(@Nullable List<Row> childRows, @Nullable List<Row> staffRows, @Nullable List<Row> allocationRows) {
        var names = childRows == null ? List.<Names>of() : names(childRows);
        var staff = staffRows == null ? List.<StaffMember>of() : staff(staffRows);
        var everyone = new HashMap<>(staffHeld);
        staff.forEach(m -> everyone.put(m.workerId(), m));
        var allocations = allocationRows == null ? Map.<String, List<Allocation>>of()
                : allocations(allocationRows, everyone);
        return new Plan(names, staff, allocations, unchanged);
    }

    private List<Names> names(List<Row> rows) {
        var out = new ArrayList<Names>();
        var seen = new HashSet<String>();
        for (var r : rows) {
            String id = r.get("CHILD");
            var held = children.get(id);
            if (held == null) {
                problem(r, "CHILD", "no child " + id + " in the record: import their return (import-903) first");
                continue;
            }
            if (!seen.add(id)) {
                problem(r, "CHILD", "child " + id + " is given more than once");
            }
            String given = name(r, "GIVEN_NAME");
            String family = name(r, "FAMILY_NAME");
            var n = identifiers(r, id, given, family);
            var i = held.identity();
            if (i.givenName().equals(given) && i.familyName().equals(family) && (n.upn() == null
                    || n.upn().equals(i.upn())) && (n.nhs() == null || n.nhs().equals(i.nhsNumber()))
                    && n.postcode() == null) {
                unchanged++;
            } else {
                out.add(n);
            }
        }
        return out;
    }

    private Names identifiers(Row r, String id, String given, String family) {
        String upn = r.get("UPN").toUpperCase(Locale.ROOT).replace(" ", "");
        if (!upn.isEmpty() && !upn.matches("[A-Z][0-9]{11}[0-9A-Z]|UN[1-5]")) {
            problem(r, "UPN", "not a unique pupil number (a letter and 12 characters, or UN1 to UN5)");
        }
        String nhs = r.get("NHS_NUMBER").replace(" ", "");
        if (!nhs.isEmpty() && !NhsNumber.isValid(nhs)) {
            problem(r, "NHS_NUMBER", "not a valid NHS number (10 digits with a check digit)");
        }
        String postcode = r.get("HOME_POSTCODE").toUpperCase(Locale.ROOT);
        if (!postcode.isEmpty() && !postcode.matches("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}")) {
            problem(r, "HOME_POSTCODE", "not a postcode");
        }
        return new Names(id, given, family, upn.isEmpty() ? null : upn, nhs.isEmpty() ? null : nhs,
                postcode.isEmpty() ? null : postcode);
    }

    private List<StaffMember> staff(List<Row> rows) {
        var out = new ArrayList<StaffMember>();
        var seen = new HashSet<String>();
        for (var r : rows) {
            var m = member(r, seen);
            if (m == null) {
                continue;
            }
            var held = staffHeld.get(m.workerId());
            if (held == null) {
                out.add(m);
            } else if (sameMember(held, m)) {
                unchanged++;
            } else {
                problem(r, "WORKER_ID", "worker " + m.workerId() + " is in the staff directory already with other"
                        + " details: change them on the staff page");
            }
        }
        return out;
    }

    private @Nullable StaffMember member(Row r, java.util.Set<String> seen) {
        String id = r.get("WORKER_ID");
        if (!id.matches(ID)) {
            problem(r, "WORKER_ID", "a worker id of letters, digits, hyphens or underscores is needed");
        } else if (!seen.add(id)) {
            problem(r, "WORKER_ID", "worker " + id + " is given more than once");
        }
        String name = r.get("NAME");
        if (!name.matches("[\\p{L}][\\p{L} ,'\\-.]{0,99}")) {
            problem(r, "NAME", "a name of letters, spaces, commas, hyphens, apostrophes, up to 100");
        }
        StaffRole role = staffRole(r);
        String team = required(r, "TEAM");
        String email = r.get("EMAIL");
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problem(r, "EMAIL", "not an email address");
        }
        String agency = r.get("AGENCY").toUpperCase(Locale.ROOT);
        if (!agency.matches("|Y|N")) {
            problem(r, "AGENCY", "Y for agency staff, N (or blank) for permanent");
        }
        BigDecimal fte = fte(r);
        LocalDate from = date(r, "START", true);
        LocalDate to = date(r, "END", false);
        if (from != null && to != null && to.isBefore(from)) {
            problem(r, "END", "before the START");
        }
        if (role == null || from == null || fte == null) {
            return null;
        }
        return new StaffMember(id, name, role, team, email.isEmpty() ? null : email, agency.equals("Y"), fte,
                from, to, 0);
    }

    private Map<String, List<Allocation>> allocations(List<Row> rows, Map<String, StaffMember> everyone) {
        var out = new HashMap<String, List<Allocation>>();
        for (var r : rows) {
            String child = r.get("CHILD");
            if (!children.containsKey(child)) {
                problem(r, "CHILD", "no child " + child + " in the record: import their return (import-903) first");
            }
            Allocation.Role role = allocationRole(r);
            String worker = r.get("WORKER_ID");
            var member = everyone.get(worker);
            if (member == null) {
                problem(r, "WORKER_ID", "no worker " + worker + " in the staff directory or staff.csv");
            } else if (role != null && member.role().allocates() != role) {
                problem(r, "WORKER_ID", worker + " is on the staff as " + member.role().label().toLowerCase(Locale.ROOT)
                        + ", who cannot be allocated as " + role.name().toLowerCase(Locale.ROOT).replace('_', ' '));
            }
            String team = required(r, "TEAM");
            LocalDate from = date(r, "START", true);
            LocalDate to = date(r, "END", false);
            if (from != null && to != null && !to.isAfter(from)) {
                problem(r, "END", "on or before the START");
            }
            if (role == null || from == null || !children.containsKey(child)) {
                continue;
            }
            var a = new Allocation(role, worker, team, from, to, null);
            if (allocationsHeld.getOrDefault(child, List.of()).contains(a)) {
                unchanged++;
            } else {
                out.computeIfAbsent(child, k -> new ArrayList<>()).add(a);
                checkOverlap(r, child, a, out.get(child));
            }
        }
        return out;
    }

    /** One worker of a role at a time: an allocation may start the day another ends (a hand-over), not before. */
    private void checkOverlap(Row r, String child, Allocation a, List<Allocation> adding) {
        var all = new ArrayList<>(allocationsHeld.getOrDefault(child, List.of()));
        all.addAll(adding.subList(0, adding.size() - 1));
        for (var b : all) {
            if (b.role() == a.role() && starts(a, b) && starts(b, a)) {
                problem(r, "START", "overlaps the " + b.workerId() + " allocation from "
                        + Ssda903Dates.format(b.from()) + (b.to() == null ? "" : " to " + Ssda903Dates.format(b.to())));
                return;
            }
        }
    }

    /** {@code a} starts before {@code b} has ended. */
    private static boolean starts(Allocation a, Allocation b) {
        return b.to() == null || a.from().isBefore(b.to());
    }

    private static boolean sameMember(StaffMember a, StaffMember b) {
        return a.name().equals(b.name()) && a.role() == b.role() && a.team().equals(b.team())
                && Objects.equals(a.email(), b.email()) && a.agency() == b.agency() && a.fte().compareTo(b.fte()) == 0
                && a.from().equals(b.from()) && Objects.equals(a.to(), b.to());
    }

    private @Nullable StaffRole staffRole(Row r) {
        String v = r.get("ROLE").toUpperCase(Locale.ROOT);
        for (var role : StaffRole.values()) {
            if (role.name().equals(v) || abbreviation(role.name()).equals(v)) {
                return role;
            }
        }
        problem(r, "ROLE", "one of SW, TM, IRO, PA (or SOCIAL_WORKER, TEAM_MANAGER, INDEPENDENT_REVIEWING_OFFICER,"
                + " PERSONAL_ADVISER)");
        return null;
    }

    private Allocation.@Nullable Role allocationRole(Row r) {
        String v = r.get("ROLE").toUpperCase(Locale.ROOT);
        for (var role : Allocation.Role.values()) {
            if (role.name().equals(v) || abbreviation(role.name()).equals(v)) {
                return role;
            }
        }
        problem(r, "ROLE", "one of SW, IRO, PA");
        return null;
    }

    /** SOCIAL_WORKER is SW, INDEPENDENT_REVIEWING_OFFICER is IRO. */
    private static String abbreviation(String name) {
        var sb = new StringBuilder();
        for (var part : name.split("_")) {
            sb.append(part.charAt(0));
        }
        return sb.toString();
    }

    private @Nullable BigDecimal fte(Row r) {
        String v = r.get("FTE");
        if (v.isEmpty()) {
            return BigDecimal.ONE;
        }
        try {
            var fte = new BigDecimal(v);
            if (fte.compareTo(new BigDecimal("0.01")) >= 0 && fte.compareTo(BigDecimal.ONE) <= 0 && fte.scale() <= 2) {
                return fte;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(r, "FTE", "contracted hours as a share of full time, 0.01 to 1.00 (blank is 1.00)");
        return null;
    }

    private String name(Row r, String column) {
        String v = r.get(column);
        if (!v.matches(NAME)) {
            problem(r, column, v.isEmpty() ? "a name is needed" : "a name of letters, spaces, hyphens, apostrophes");
        }
        return v;
    }

    private String required(Row r, String column) {
        String v = r.get(column);
        if (v.isEmpty() || v.length() > 100) {
            problem(r, column, "needed, up to 100 characters");
        }
        return v;
    }

    private @Nullable LocalDate date(Row r, String column, boolean required) {
        String v = r.get(column);
        if (v.isEmpty()) {
            if (required) {
                problem(r, column, "a date is needed, as dd/mm/yyyy");
            }
            return null;
        }
        LocalDate d = Ssda903Dates.parseOrNull(v);
        if (d == null) {
            problem(r, column, "not a date as dd/mm/yyyy: " + v);
        }
        return d;
    }

    private void problem(Row r, String column, String what) {
        problems.add(r.where(column) + ": " + what);
    }
}
