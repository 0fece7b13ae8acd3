package org.ourpromise.leavers;

import static org.ourpromise.children.ChildRows.date;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The spans in which the council provides a young person's accommodation, and how each contact was made. */
@Repository
class AdviserContactStore {

    /** A span as stored, with its row id and version. */
    record StoredProvision(long id, String childId, LocalDate from, @Nullable LocalDate until, String description,
            int version) {
        AdviserContacts.Provided provided() {
            return new AdviserContacts.Provided(from, until);
        }
    }

    private final JdbcTemplate jdbc;

    AdviserContactStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredProvision> provisions(@Nullable String childId) {
        return jdbc.query("select * from leaver_accommodation" + (childId == null ? "" : " where child_id = ?")
                + " order by provided_from, accommodation_id", (rs, n) -> new StoredProvision(
                        rs.getLong("accommodation_id"), rs.getString("child_id"), date(rs, "provided_from"),
                        date(rs, "provided_until"), rs.getString("description"), rs.getInt("version")),
                childId == null ? new Object[0] : new Object[] {childId});
    }

    void addProvision(String childId, LocalDate from, @Nullable LocalDate until, String description, String username) {
        jdbc.update("insert into leaver_accommodation (child_id, provided_from, provided_until, description,"
                + " recorded_by) values (?,?,?,?,?)", childId, from, until, description, username);
    }

    /** Ends a span at the version read; false (nothing changed) when changed since. */
    boolean endProvision(String childId, long id, int version, LocalDate until, String username) {
        return jdbc.update("update leaver_accommodation set provided_until = ?, recorded_by = ?, version = version + 1"
                + " where accommodation_id = ? and child_id = ? and version = ?", until, username, id, childId,
                version) == 1;
    }

    /**
     * The days each young person (or one) was in touch but not seen in person: a contact in touch that day, none of
     * them in person (contacts recorded before the method was asked count as in person).
     */
    java.util.Map<String, java.util.Set<LocalDate>> notInPerson(@Nullable String childId) {
        var seen = new java.util.HashMap<String, java.util.Set<LocalDate>>();
        var other = new java.util.HashMap<String, java.util.Set<LocalDate>>();
        jdbc.query("select child_id, contact_date, method from care_leaver_contact where upper(in_touch) = 'YES'"
                + (childId == null ? "" : " and child_id = ?"), rs -> {
                    var method = rs.getString("method");
                    boolean inPerson = method == null || ContactMethod.valueOf(method) == ContactMethod.IN_PERSON;
                    (inPerson ? seen : other).computeIfAbsent(rs.getString("child_id"), k -> new java.util.HashSet<>())
                            .add(date(rs, "contact_date"));
                }, childId == null ? new Object[0] : new Object[] {childId});
        other.forEach((id, days) -> days.removeAll(seen.getOrDefault(id, java.util.Set.of())));
        return other;
    }

    /** The young person's contacts as the adviser's duty reads them: in touch or not, and how made. */
    List<AdviserContacts.Contact> contacts(String childId) {
        return jdbc.query("select contact_date, in_touch, method from care_leaver_contact where child_id = ?"
                + " order by contact_date, contact_id", (rs, n) -> new AdviserContacts.Contact(date(rs, "contact_date"),
                        "YES".equalsIgnoreCase(rs.getString("in_touch")),
                        rs.getString("method") == null ? null : ContactMethod.valueOf(rs.getString("method"))),
                childId);
    }
}
