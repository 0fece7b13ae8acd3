package org.ourpromise.children;

import static org.ourpromise.children.ChildRows.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.Identity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Who the children are and who is allocated to them. */
@Repository
public class ChildRegister {

    /** A child's identity row: identity plus UASC status. */
    public record RegisteredChild(String childId, Identity identity, @Nullable LocalDate uascUntil) {
    }

    private final JdbcTemplate jdbc;

    ChildRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        Long n = jdbc.queryForObject("select count(*) from child", Long.class);
        return n == null ? 0 : n;
    }

    public boolean exists(String childId) {
        return !jdbc.queryForList("select child_id from child where child_id = ?", String.class, childId).isEmpty();
    }

    /** Every child's id. */
    public java.util.Set<String> childIds() {
        return new java.util.HashSet<>(jdbc.queryForList("select child_id from child", String.class));
    }

    public Optional<RegisteredChild> find(String childId) {
        return children(childId).values().stream().findFirst();
    }

    /** Every child (or one) by id, in id order. */
    public Map<String, RegisteredChild> children(@Nullable String childId) {
        var map = new LinkedHashMap<String, RegisteredChild>();
        jdbc.query("select * from child" + (childId == null ? "" : " where child_id = ?") + " order by child_id",
                rs -> {
                    map.put(rs.getString("child_id"), registered(rs));
                }, childId == null ? new Object[0] : new Object[] {childId});
        return map;
    }

    private static RegisteredChild registered(java.sql.ResultSet rs) throws java.sql.SQLException {
        var identity = new Identity(rs.getString("given_name"), rs.getString("family_name"),
                date(rs, "date_of_birth"), rs.getString("sex"), rs.getString("ethnicity"),
                rs.getString("upn"), rs.getString("nhs_number"), ChildRows.nullableBoolean(rs, "mother"),
                date(rs, "childs_birth"), rs.getBoolean("disabled"));
        return new RegisteredChild(rs.getString("child_id"), identity, date(rs, "uasc_until"));
    }

    public Map<String, List<Allocation>> allocations(@Nullable String childId) {
        return ChildRows.byChild(jdbc, "allocation", "date_from, allocation_id", childId, (rs, n) -> new Allocation(
                Allocation.Role.valueOf(rs.getString("role")), rs.getString("worker_id"), rs.getString("team"),
                date(rs, "date_from"), date(rs, "date_to"), rs.getString("change_reason")));
    }

    /**
     * Children with an allocation current on {@code asAt} in {@code role}, to {@code workerId} and/or
     * in {@code team} (either may be null; both null gives nobody).
     */
    public java.util.Set<String> currentlyAllocated(Allocation.Role role, @Nullable String workerId,
            @Nullable String team, LocalDate asAt) {
        if (workerId == null && team == null) {
            return java.util.Set.of();
        }
        var sql = new StringBuilder("select distinct child_id from allocation where role = ? and date_from <= ?"
                + " and (date_to is null or date_to > ?) and (");
        var args = new ArrayList<Object>(List.of(role.name(), asAt, asAt));
        if (workerId != null) {
            sql.append("worker_id = ?");
            args.add(workerId);
        }
        if (team != null) {
            sql.append(workerId != null ? " or " : "").append("team = ?");
            args.add(team);
        }
        sql.append(")");
        return new java.util.HashSet<>(jdbc.queryForList(sql.toString(), String.class, args.toArray()));
    }

    public void insert(RegisteredChild child) {
        insertAll(List.of(child));
    }

    public void insertAll(List<RegisteredChild> children) {
        jdbc.batchUpdate("insert into child (child_id, given_name, family_name, date_of_birth, sex, ethnicity, upn,"
                + " nhs_number, mother, childs_birth, disabled, uasc_until) values (?,?,?,?,?,?,?,?,?,?,?,?)",
                children.stream().map(c -> {
                    var i = c.identity();
                    return new Object[] {c.childId(), i.givenName(), i.familyName(), i.dateOfBirth(), i.sex(),
                        i.ethnicity(), i.upn(), i.nhsNumber(), i.mother(), i.childsBirth(), i.disabled(), c.uascUntil()};
                }).toList());
    }

    /**
     * The facts a later year's return carries about a child already held (import-903 one year after another):
     * ethnicity, UPN, motherhood and UASC status; names and NHS number are kept.
     */
    public void updateFromReturn(String childId, Identity identity, @Nullable LocalDate uascUntil) {
        jdbc.update("update child set ethnicity = ?, upn = ?, mother = ?, childs_birth = ?, uasc_until = ?,"
                + " version = version + 1 where child_id = ?", identity.ethnicity(), identity.upn(), identity.mother(),
                identity.childsBirth(), uascUntil, childId);
    }

    /** An allocation as stored: its row id and version, for ending it safely (optimistic locking). */
    public record StoredAllocation(long id, int version, Allocation allocation) {
    }

    /** The child's allocations with their ids and versions, in date order. */
    public List<StoredAllocation> storedAllocations(String childId) {
        return jdbc.query("select * from allocation where child_id = ? order by date_from, allocation_id",
                (rs, n) -> new StoredAllocation(rs.getLong("allocation_id"), rs.getInt("version"), new Allocation(
                        Allocation.Role.valueOf(rs.getString("role")), rs.getString("worker_id"), rs.getString("team"),
                        date(rs, "date_from"), date(rs, "date_to"), rs.getString("change_reason"))), childId);
    }

    /**
     * Ends a child's allocation on {@code to}, if it is still at {@code version}; false when someone
     * changed it since (nothing is written).
     */
    public boolean endAllocation(String childId, long allocationId, int version, LocalDate to) {
        return jdbc.update("update allocation set date_to = ?, version = version + 1 where allocation_id = ?"
                + " and child_id = ? and version = ?", to, allocationId, childId, version) == 1;
    }

    /** Corrects an allocation's dates at the version read; false (nothing changed) when changed or withdrawn since. */
    public boolean correctAllocation(String childId, long allocationId, int version, LocalDate from,
            @Nullable LocalDate to) {
        return jdbc.update("update allocation set date_from = ?, date_to = ?, version = version + 1 where allocation_id = ?"
                + " and child_id = ? and version = ?", from, to, allocationId, childId, version) == 1;
    }

    /** Withdraws an allocation made in error at the version read; false when changed or withdrawn since. */
    public boolean withdrawAllocation(String childId, long allocationId, int version) {
        return jdbc.update("delete from allocation where allocation_id = ? and child_id = ? and version = ?",
                allocationId, childId, version) == 1;
    }

    /** How many children each worker is allocated on {@code asAt}, in any role (caseloads in the staff directory). */
    public Map<String, Integer> childrenByWorker(LocalDate asAt) {
        var map = new LinkedHashMap<String, Integer>();
        jdbc.query("select worker_id, count(distinct child_id) as n from allocation where date_from <= ?"
                + " and (date_to is null or date_to > ?) group by worker_id", rs -> {
                    map.put(rs.getString("worker_id"), rs.getInt("n"));
                }, asAt, asAt);
        return map;
    }

    /** A new child's id: N and a number never given before. */
    public String nextChildId() {
        Long n = jdbc.queryForObject("select nextval('child_number')", Long.class);
        String id;
        for (long next = n == null ? 1 : n; ; next = jdbc.queryForObject("select nextval('child_number')", Long.class)) {
            id = String.format(Locale.ROOT, "N%06d", next);
            if (!exists(id)) {
                return id;
            }
        }
    }

    /**
     * Holds the child's row until the caller's transaction ends, so that two changes to the child's periods of care
     * are made one after the other, each checked against the record as the other left it.
     */
    public void lockForChange(String childId) {
        jdbc.queryForList("select version from child where child_id = ? for update", Integer.class, childId);
    }

    /** Records that the child is an unaccompanied asylum-seeking child, from now on (when not already). */
    public void markUasc(String childId, LocalDate until) {
        jdbc.update("update child set uasc_until = ?, version = version + 1 where child_id = ? and uasc_until is null",
                until, childId);
    }

    /**
     * The child's names and identifiers as a council's own system holds them (import-people): identifiers and the
     * postcode are kept when none is given.
     */
    public void updateIdentity(String childId, String given, String family, @Nullable String upn,
            @Nullable String nhsNumber, @Nullable String homePostcode) {
        jdbc.update("update child set given_name = ?, family_name = ?, upn = coalesce(?, upn), nhs_number ="
                + " coalesce(?, nhs_number), home_postcode = coalesce(?, home_postcode), version = version + 1"
                + " where child_id = ?", given, family, upn, nhsNumber, homePostcode, childId);
    }

    /** Records the home postcode of a child (address at entry; the return carries only its district). */
    public void setHomePostcode(String childId, @Nullable String postcode) {
        jdbc.update("update child set home_postcode = ?, version = version + 1 where child_id = ?", postcode, childId);
    }

    /**
     * Children who may be the same as one about to be added: the same name and date of birth, the same
     * UPN or the same NHS number. Each with why it matched.
     */
    public Map<String, String> possibleDuplicates(Identity identity) {
        var found = new LinkedHashMap<String, String>();
        jdbc.query("select child_id from child where lower(given_name) = ? and lower(family_name) = ?"
                + " and date_of_birth = ? order by child_id", rs -> {
                    found.putIfAbsent(rs.getString(1), "same name and date of birth");
                }, identity.givenName().toLowerCase(Locale.ROOT), identity.familyName().toLowerCase(Locale.ROOT),
                identity.dateOfBirth());
        if (identity.upn() != null && !identity.upn().startsWith("UN")) {
            jdbc.query("select child_id from child where upn = ? order by child_id", rs -> {
                found.putIfAbsent(rs.getString(1), "same unique pupil number");
            }, identity.upn());
        }
        if (identity.nhsNumber() != null) {
            jdbc.query("select child_id from child where nhs_number = ? order by child_id", rs -> {
                found.putIfAbsent(rs.getString(1), "same NHS number");
            }, identity.nhsNumber());
        }
        return found;
    }

    public void insertAllocations(String childId, List<Allocation> allocations) {
        insertAllAllocations(Map.of(childId, allocations));
    }

    /** Adds rows for many children in one batch per table (imports and demo data). */
    public void insertAllAllocations(Map<String, List<Allocation>> byChild) {
        jdbc.batchUpdate("insert into allocation (child_id, role, worker_id, team, date_from, date_to, change_reason)"
                + " values (?,?,?,?,?,?,?)",
                ChildRows.batch(byChild, (id, a) -> new Object[] {id, a.role().name(), a.workerId(), a.team(),
                a.from(), a.to(), a.changeReason()}));
    }

    /**
     * Children matching a search: every word must match the start of the given or family name, the
     * child id, or (as dd/mm/yyyy or yyyy-mm-dd) the date of birth. Limited to {@code visibleTo} when
     * it is given (the ids a user may see). At most {@code limit} results, by family name.
     */
    public List<RegisteredChild> search(String query, @Nullable List<String> visibleTo, int limit) {
        var all = searchAll(query, visibleTo);
        return all.size() > limit ? all.subList(0, limit) : all;
    }

    /** Every child matching a search (as {@link #search}), by family then given name, read in one query. */
    public List<RegisteredChild> searchAll(String query, @Nullable List<String> visibleTo) {
        var sql = new StringBuilder("select * from child where 1 = 1");
        var args = new ArrayList<Object>();
        for (String word : query.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            var dob = parseDate(word);
            if (dob != null) {
                sql.append(" and date_of_birth = ?");
                args.add(dob);
            } else {
                String like = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                sql.append(" and (lower(given_name) like ? or lower(family_name) like ? or lower(child_id) like ?)");
                args.add(like);
                args.add(like);
                args.add(like);
            }
        }
        var visible = visibleTo == null ? null : new java.util.HashSet<>(visibleTo);
        var results = new ArrayList<RegisteredChild>();
        jdbc.query(sql.toString(), rs -> {
            if (visible == null || visible.contains(rs.getString("child_id"))) {
                results.add(registered(rs));
            }
        }, args.toArray());
        results.sort(java.util.Comparator.comparing((RegisteredChild c) -> c.identity().familyName())
                .thenComparing(c -> c.identity().givenName()).thenComparing(RegisteredChild::childId));
        return results;
    }

    private static @Nullable LocalDate parseDate(String word) {
        var d = org.ourpromise.returns.Ssda903Dates.parseOrNull(word);
        if (d != null) {
            return d;
        }
        try {
            return word.length() == 10 ? LocalDate.parse(word) : null;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
