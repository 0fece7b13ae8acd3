package org.ourpromise.education;

import static org.ourpromise.children.ChildRows.date;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Requests for advice and information about previously looked-after children; changes at the version read. */
@Repository
class AdviceRequests {

    private static final RowMapper<AdviceRequest> ROW = (rs, n) -> new AdviceRequest(rs.getLong("plac_request_id"),
            AdviceRequest.AskedBy.valueOf(rs.getString("asked_by")), rs.getString("asker"), rs.getString("subject"),
            date(rs, "asked_on"), date(rs, "answered_on"), rs.getInt("version"));

    private final JdbcTemplate jdbc;

    AdviceRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first. */
    List<AdviceRequest> all() {
        return jdbc.query("select * from plac_request order by asked_on desc, plac_request_id desc", ROW);
    }

    Optional<AdviceRequest> find(long id) {
        return jdbc.query("select * from plac_request where plac_request_id = ?", ROW, id).stream().findFirst();
    }

    void add(AdviceRequest r, String username) {
        jdbc.update("insert into plac_request (asked_by, asker, subject, asked_on, answered_on, recorded_by) values "
                + "(?,?,?,?,?,?)", r.askedBy().name(), r.asker(), r.subject(), r.askedOn(), r.answeredOn(), username);
    }

    /** False (nothing saved) when someone changed it since it was read. */
    boolean update(AdviceRequest r, String username) {
        return jdbc.update("update plac_request set asked_by = ?, asker = ?, subject = ?, asked_on = ?, answered_on = ?,"
                + " recorded_by = ?, version = version + 1 where plac_request_id = ? and version = ?", r.askedBy().name(),
                r.asker(), r.subject(), r.askedOn(), r.answeredOn(), username, r.id(), r.version()) == 1;
    }
}
