package org.ourpromise.leavers;

import static org.ourpromise.children.ChildRows.date;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.StoredEvent;
import org.ourpromise.children.ChildRows;
import org.ourpromise.record.CareLeaverContact;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Contacts with care leavers. A null child id reads everyone's. */
@Repository
class CareLeaverContactRepository {

    private final JdbcTemplate jdbc;

    CareLeaverContactRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, List<CareLeaverContact>> contacts(@Nullable String childId) {
        return ChildRows.byChild(jdbc, "care_leaver_contact", "contact_date, contact_id", childId, (rs, n) ->
                new CareLeaverContact(date(rs, "contact_date"), rs.getString("in_touch"), rs.getString("activity"),
                        rs.getString("accommodation"), rs.getBoolean("pathway_plan_reviewed"),
                        rs.getBoolean("from_return"), rs.getString("note")));
    }

    /** The young person's contacts as stored, with their row ids and versions, to correct one. */
    List<StoredEvent> stored(String childId) {
        return jdbc.query("select * from care_leaver_contact where child_id = ? order by contact_date, contact_id",
                (rs, n) -> new StoredEvent(rs.getLong("contact_id"), rs.getString("in_touch"), date(rs, "contact_date"),
                        null, null, CareLeaverContactCorrections.words(date(rs, "contact_date"), rs.getString("in_touch"),
                        rs.getBoolean("pathway_plan_reviewed")), rs.getInt("version")), childId);
    }

    /** Corrects a contact's date at the version read; false (nothing changed) when changed or withdrawn since. */
    boolean correct(String childId, long id, int version, java.time.LocalDate date) {
        return jdbc.update("update care_leaver_contact set contact_date = ?, version = version + 1 where contact_id = ?"
                + " and child_id = ? and version = ?", date, id, childId, version) == 1;
    }

    /** Withdraws a contact at the version read; false (nothing changed) when changed or withdrawn since. */
    boolean withdraw(String childId, long id, int version) {
        return jdbc.update("delete from care_leaver_contact where contact_id = ? and child_id = ? and version = ?", id,
                childId, version) == 1;
    }

    void insert(String childId, List<CareLeaverContact> contacts) {
        insertAll(Map.of(childId, contacts));
    }

    /** One contact from the form, with how it was made (null when not in touch and not said). */
    void insert(String childId, CareLeaverContact c, @Nullable ContactMethod method) {
        jdbc.update("insert into care_leaver_contact (child_id, contact_date, in_touch, activity, accommodation,"
                + " pathway_plan_reviewed, from_return, note, method) values (?,?,?,?,?,?,?,?,?)", childId, c.date(),
                c.inTouch(), c.activity(), c.accommodation(), c.pathwayPlanReviewed(), c.fromReturn(), c.note(),
                method == null ? null : method.name());
    }

    /** Adds rows for many children in one batch per table (imports and demo data). */
    void insertAll(Map<String, List<CareLeaverContact>> byChild) {
        jdbc.batchUpdate("insert into care_leaver_contact (child_id, contact_date, in_touch, activity, accommodation,"
                + " pathway_plan_reviewed, from_return, note) values (?,?,?,?,?,?,?,?)",
                ChildRows.batch(byChild, (id, c) -> new Object[] {id, c.date(), c.inTouch(),
                c.activity(), c.accommodation(), c.pathwayPlanReviewed(), c.fromReturn(), c.note()}));
    }
}
