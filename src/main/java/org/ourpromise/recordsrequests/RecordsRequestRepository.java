package org.ourpromise.recordsrequests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The register's tables; only this room reads or writes them. */
@Repository
class RecordsRequestRepository {

    /** Episode end reasons that mean the child was adopted (903 REC E11, E12). */
    private static final String ADOPTED = "exists (select 1 from care_episode e where e.child_id = r.child_id "
            + "and e.reason_ceased in ('E11', 'E12'))";

    private static final String SELECT = "select r.request_id, r.child_id, ch.given_name, ch.family_name, " + ADOPTED
            + ", r.requester_name, r.requester_kind, r.asked_for, r.received, r.identity_asked, r.identity_checked, "
            + "r.extension_months, r.extension_reason, r.extension_told, r.sent, r.version, r.recorded_by, r.updated_at "
            + "from records_request r join child ch on ch.child_id = r.child_id";

    private final JdbcTemplate jdbc;

    RecordsRequestRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<RecordsRequest> all() {
        return jdbc.query(SELECT + " order by r.received desc, r.request_id desc", this::row);
    }

    List<RecordsRequest> open() {
        return jdbc.query(SELECT + " where r.sent is null order by r.received, r.request_id", this::row);
    }

    Optional<RecordsRequest> find(long id) {
        return jdbc.query(SELECT + " where r.request_id = ?", this::row, id).stream().findFirst();
    }

    long add(String childId, String requesterName, RecordsRequest.RequesterKind kind, String askedFor,
            LocalDate received, boolean identityAsked, String username, LocalDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into records_request (child_id, requester_name, requester_kind, "
                    + "asked_for, received, identity_asked, recorded_by, updated_at) values (?,?,?,?,?,?,?,?)",
                    new String[] {"request_id"});
            ps.setString(1, childId);
            ps.setString(2, requesterName);
            ps.setString(3, kind.name());
            ps.setString(4, askedFor);
            ps.setObject(5, received);
            ps.setBoolean(6, identityAsked);
            ps.setString(7, username);
            ps.setObject(8, now);
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /** Saves the progress if the request is still at {@code version}; false (nothing saved) if not. */
    boolean update(long id, int version, RequestProgress p, String username, LocalDateTime now) {
        return jdbc.update("update records_request set identity_asked = ?, identity_checked = ?, extension_months = ?, "
                + "extension_reason = ?, extension_told = ?, sent = ?, recorded_by = ?, updated_at = ?, "
                + "version = version + 1 where request_id = ? and version = ?", p.identityAsked(), p.identityChecked(),
                p.extensionMonths(), p.extensionReason(), p.extensionTold(), p.sent(), username, now, id, version) == 1;
    }

    void addWithheld(long requestId, String what, Withheld.Exemption exemption, String why, String username,
            LocalDateTime now) {
        jdbc.update("insert into records_request_withheld (request_id, what, exemption, why, recorded_by, recorded_at) "
                + "values (?,?,?,?,?,?)", requestId, what, exemption.name(), why, username, now);
    }

    List<Withheld> withheld(long requestId) {
        return jdbc.query("select withheld_id, request_id, what, exemption, why, recorded_by, recorded_at "
                + "from records_request_withheld where request_id = ? order by withheld_id", (rs, n) -> new Withheld(
                        rs.getLong(1), rs.getLong(2), rs.getString(3), Withheld.Exemption.valueOf(rs.getString(4)),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toLocalDateTime()), requestId);
    }

    private RecordsRequest row(ResultSet rs, int n) throws SQLException {
        return new RecordsRequest(rs.getLong(1), rs.getString(2), rs.getString(3) + " " + rs.getString(4),
                rs.getBoolean(5), rs.getString(6), RecordsRequest.RequesterKind.valueOf(rs.getString(7)),
                rs.getString(8), rs.getObject(9, LocalDate.class), rs.getBoolean(10), date(rs, 11), rs.getInt(12),
                rs.getString(13), date(rs, 14), date(rs, 15), rs.getInt(16), rs.getString(17),
                rs.getTimestamp(18).toLocalDateTime());
    }

    private static @Nullable LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
