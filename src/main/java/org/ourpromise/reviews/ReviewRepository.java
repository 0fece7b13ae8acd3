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

    /** A review as stored: its id and the version a correction must name. */
    public record StoredReview(long id, ReviewHeld review, int version) {
    }

    public List<StoredReview> storedReviews(String childId) {
        return jdbc.query("select * from review where child_id = ? order by held_on, review_id", (rs, n) ->
                new StoredReview(rs.getLong("review_id"), new ReviewHeld(date(rs, "held_on"), rs.getString("participation"),
                        date(rs, "decisions_issued"), date(rs, "record_issued")), rs.getInt("version")), childId);
    }

    /** Corrects a review's date and participation at the version read; false (nothing changed) when stale. */
    public boolean correctReview(String childId, long id, int version, java.time.LocalDate heldOn, String participation) {
        return jdbc.update("update review set held_on = ?, participation = ?, version = version + 1 where review_id = ?"
                + " and child_id = ? and version = ?", heldOn, participation, id, childId, version) == 1;
    }

    /** Withdraws a review at the version read; false (nothing changed) when stale. */
    public boolean withdrawReview(String childId, long id, int version) {
        return jdbc.update("delete from review where review_id = ? and child_id = ? and version = ?", id, childId,
                version) == 1;
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
