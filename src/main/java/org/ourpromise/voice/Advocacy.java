package org.ourpromise.voice;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Requests for an advocate: by whom, for what, the day one was allocated, and the complaint (its reference) or the
 * review (its date) the advocacy is for.
 */
@Repository
public class Advocacy {

    public enum RequestedBy {
        YOUNG_PERSON("The young person"), SOCIAL_WORKER("Their social worker or personal adviser"),
        IRO("Their independent reviewing officer"), CARER("Their carer"), OTHER("Someone else");

        private final String words;

        RequestedBy(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public record Request(long id, String childId, String name, RequestedBy requestedBy, LocalDate requestedOn,
            String forWhat, @Nullable LocalDate allocatedOn, @Nullable String advocate,
            @Nullable String complaintRef, @Nullable LocalDate reviewOn, int version) {
    }

    private static final String SELECT = "select a.id, a.child_id, c.given_name, c.family_name, a.requested_by, "
            + "a.requested_on, a.for_what, a.allocated_on, a.advocate, a.complaint_ref, a.review_on, a.version "
            + "from voice_advocacy a join child c on c.child_id = a.child_id";

    private final JdbcTemplate jdbc;

    Advocacy(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Waiting for an advocate first, then newest. */
    List<Request> all() {
        return jdbc.query(SELECT + " order by case when a.allocated_on is null then 0 else 1 end, a.requested_on desc, "
                + "a.id desc", (rs, n) -> row(rs));
    }

    Optional<Request> find(long id) {
        return jdbc.query(SELECT + " where a.id = ?", (rs, n) -> row(rs), id).stream().findFirst();
    }

    public void add(String childId, RequestedBy by, LocalDate requestedOn, String forWhat,
            @Nullable String complaintRef, @Nullable LocalDate reviewOn, @Nullable String advocate,
            @Nullable LocalDate allocatedOn) {
        jdbc.update("insert into voice_advocacy (child_id, requested_by, requested_on, for_what, complaint_ref, "
                + "review_on, advocate, allocated_on) values (?,?,?,?,?,?,?,?)", childId, by.name(),
                Date.valueOf(requestedOn), forWhat, complaintRef, date(reviewOn), advocate, date(allocatedOn));
    }

    /** Allocates an advocate if nobody saved since {@code version}; false when someone did. */
    boolean allocate(long id, String advocate, LocalDate on, int version) {
        return jdbc.update("update voice_advocacy set advocate = ?, allocated_on = ?, version = version + 1 "
                + "where id = ? and version = ?", advocate, Date.valueOf(on), id, version) == 1;
    }

    private static @Nullable Date date(@Nullable LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static Request row(java.sql.ResultSet rs) throws java.sql.SQLException {
        var allocated = rs.getDate(8);
        var review = rs.getDate(11);
        return new Request(rs.getLong(1), rs.getString(2), rs.getString(3) + " " + rs.getString(4),
                RequestedBy.valueOf(rs.getString(5)), rs.getDate(6).toLocalDate(), rs.getString(7),
                allocated == null ? null : allocated.toLocalDate(), rs.getString(9), rs.getString(10),
                review == null ? null : review.toLocalDate(), rs.getInt(12));
    }
}
