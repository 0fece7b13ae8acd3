package org.ourpromise.staff;

import java.util.Optional;
import org.ourpromise.access.StaffByEmail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Finds a member of staff by email for sign-in with the council's identity provider (decision 0070). */
@Component
class StaffEmails implements StaffByEmail {

    private final JdbcTemplate jdbc;

    StaffEmails(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StaffMatch> find(String email) {
        return jdbc.query("select worker_id, name, team from staff_member where lower(email) = lower(?)"
                + " order by date_to desc nulls first, worker_id",
                (rs, n) -> new StaffMatch(rs.getString("worker_id"), rs.getString("name"), rs.getString("team")),
                email.strip()).stream().findFirst();
    }
}
