package org.ourpromise.voice;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ourpromise.staff.StaffDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The "you said, we did" ledger's table: items newest first, each with who raised it and its owner by name. */
@Repository
class LedgerStore {

    private static final String SELECT = "select i.id, i.raised_on, i.source, i.group_id, i.consultation_id, "
            + "i.child_id, g.name, c.title, ch.given_name, ch.family_name, i.said, i.owner, i.response, i.changed, "
            + "i.told_back_on, i.status, i.version from voice_issue i left join voice_group g on g.id = i.group_id "
            + "left join voice_consultation c on c.id = i.consultation_id "
            + "left join child ch on ch.child_id = i.child_id";

    private final JdbcTemplate jdbc;
    private final StaffDirectory staff;

    LedgerStore(JdbcTemplate jdbc, StaffDirectory staff) {
        this.jdbc = jdbc;
        this.staff = staff;
    }

    List<Said> all() {
        return jdbc.query(SELECT + " order by i.raised_on desc, i.id desc", this::row);
    }

    List<Said> openOwnedBy(String workerId) {
        return jdbc.query(SELECT + " where i.owner = ? and i.status = 'OPEN' order by i.raised_on, i.id", this::row,
                workerId);
    }

    Optional<Said> find(long id) {
        return jdbc.query(SELECT + " where i.id = ?", this::row, id).stream().findFirst();
    }

    long add(Said s, String by, LocalDateTime at) {
        jdbc.update("insert into voice_issue (raised_on, source, group_id, consultation_id, child_id, said, owner, "
                + "response, changed, told_back_on, status, updated_by, updated_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                Date.valueOf(s.raisedOn()), s.source().name(), s.groupId(), s.consultationId(), s.childId(), s.said(),
                s.owner(), s.response(), s.changed(), date(s.toldBackOn()), s.status().name(), by,
                Timestamp.valueOf(at));
        Long id = jdbc.queryForObject("select max(id) from voice_issue", Long.class);
        return id == null ? 0 : id;
    }

    /** Saves the answer if nobody saved since {@code version} was read; false when someone did. */
    boolean answer(long id, int version, String owner, @Nullable String response, @Nullable String changed,
            @Nullable LocalDate toldBackOn, Said.Status status, String by, LocalDateTime at) {
        return jdbc.update("update voice_issue set owner = ?, response = ?, changed = ?, told_back_on = ?, status = ?, "
                + "updated_by = ?, updated_at = ?, version = version + 1 where id = ? and version = ?", owner, response,
                changed, date(toldBackOn), status.name(), by, Timestamp.valueOf(at), id, version) == 1;
    }

    private static @Nullable Date date(@Nullable LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private Said row(ResultSet rs, int n) throws SQLException {
        var source = Said.Source.valueOf(rs.getString(3));
        String raisedBy = switch (source) {
            case GROUP -> rs.getString(7);
            case CONSULTATION -> "Consultation: " + rs.getString(8);
            case YOUNG_PERSON -> rs.getString(9) + " " + rs.getString(10);
        };
        var told = rs.getDate(15);
        return new Said(rs.getLong(1), rs.getDate(2).toLocalDate(), source, (Long) rs.getObject(4, Long.class),
                (Long) rs.getObject(5, Long.class), rs.getString(6), raisedBy, rs.getString(11), rs.getString(12),
                staff.nameOf(rs.getString(12)), rs.getString(13), rs.getString(14),
                told == null ? null : told.toLocalDate(), Said.Status.valueOf(rs.getString(16)), rs.getInt(17));
    }
}
