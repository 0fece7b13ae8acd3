package org.ourpromise.reviews;

import static org.ourpromise.children.ChildRows.date;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.children.ChildRows;
import org.ourpromise.record.ReviewHeld;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reviews of arrangements held. A null child id reads everyone's. */
@Repository
class ReviewRepository {

    private final JdbcTemplate jdbc;

    ReviewRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, List<ReviewHeld>> reviews(@Nullable String childId) {
        return ChildRows.byChild(jdbc, "review", "held_on, review_id", childId, (rs, n) -> new ReviewHeld(
                date(rs, "held_on"), rs.getString("participation"), date(rs, "decisions_issued"),
                date(rs, "record_issued")));
    }

    /**
     * Records when the IRO's decisions and the full record of a review already held were sent (null leaves a date
     * as it is); returns how many reviews were changed.
     */
    int recordSent(String childId, java.time.LocalDate heldOn, java.time.@Nullable LocalDate decisions,
            java.time.@Nullable LocalDate record) {
        return jdbc.update("update review set decisions_issued = coalesce(?, decisions_issued), "
                + "record_issued = coalesce(?, record_issued) where child_id = ? and held_on = ?",
                decisions, record, childId, heldOn);
    }

    void insert(String childId, List<ReviewHeld> reviews) {
        insertAll(Map.of(childId, reviews));
    }

    /** Adds rows for many children in one batch per table (imports and demo data). */
    void insertAll(Map<String, List<ReviewHeld>> byChild) {
        jdbc.batchUpdate("insert into review (child_id, held_on, participation, decisions_issued, record_issued)"
                + " values (?,?,?,?,?)",
                ChildRows.batch(byChild, (id, r) -> new Object[] {id, r.date(), r.participation(), r.decisionsIssued(), r.recordIssued()}));
    }
}
