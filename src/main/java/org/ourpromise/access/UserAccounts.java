package org.ourpromise.access;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** The users of Promise, stored with BCrypt password hashes. */
@Service
public class UserAccounts implements UserDetailsService {

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;

    UserAccounts(JdbcTemplate jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    @Override
    public PromiseUser loadUserByUsername(String username) {
        var users = jdbc.query("select * from app_user where username = ?", (rs, n) -> new PromiseUser(
                rs.getString("username"), rs.getString("display_name"), rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")), rs.getString("team_id"), rs.getString("worker_id"),
                rs.getBoolean("enabled")), username);
        if (users.isEmpty()) {
            throw new UsernameNotFoundException("no such user");
        }
        return users.get(0);
    }

    public boolean exists(String username) {
        Long n = jdbc.queryForObject("select count(*) from app_user where username = ?", Long.class, username);
        return n != null && n > 0;
    }

    public void addTeam(String teamId, String name) {
        jdbc.update("insert into team (team_id, name) values (?, ?)", teamId, name);
    }

    public void addUser(String username, String displayName, String rawPassword, Role role, @Nullable String teamId,
            @Nullable String workerId) {
        jdbc.update("insert into app_user (username, display_name, password_hash, role, team_id, worker_id, enabled)"
                + " values (?,?,?,?,?,?,true)", username, displayName, encoder.encode(rawPassword), role.name(), teamId,
                workerId);
    }

    /** A young person's account, linked to their own child record only (My Promise). */
    public void addYoungPerson(String username, String displayName, String rawPassword, String childId) {
        jdbc.update("insert into app_user (username, display_name, password_hash, role, enabled, child_id)"
                + " values (?,?,?,?,true,?)", username, displayName, encoder.encode(rawPassword),
                Role.YOUNG_PERSON.name(), childId);
    }

    /** The child a young person's account is linked to; null for staff accounts. */
    public @Nullable String childOf(String username) {
        var ids = jdbc.queryForList("select child_id from app_user where username = ? and role = ?", String.class,
                username, Role.YOUNG_PERSON.name());
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** The young person's account linked to the child, if there is one. */
    public java.util.Optional<String> youngPersonOf(String childId) {
        return jdbc.queryForList("select username from app_user where child_id = ? and role = ? order by username",
                String.class, childId, Role.YOUNG_PERSON.name()).stream().findFirst();
    }

    /** Sets a password someone chose for themselves (the caller checked it against PasswordPolicy and audits it). */
    public void setPassword(String username, String rawPassword) {
        jdbc.update("update app_user set password_hash = ?, version = version + 1 where username = ?",
                encoder.encode(rawPassword), username);
    }

    public void setEmail(String username, @Nullable String email) {
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("not an email address: " + email);
        }
        jdbc.update("update app_user set email = ? where username = ?", email, username);
    }

    /** Enabled users who have an email address, with it: who receives the digest by email. */
    public java.util.Map<String, String> emailAddresses() {
        var map = new java.util.TreeMap<String, String>();
        jdbc.query("select username, email from app_user where enabled and email is not null",
                rs -> {
                    map.put(rs.getString("username"), rs.getString("email"));
                });
        return map;
    }

    /** The enabled accounts with the role in the team, by username (a child's team managers). */
    public List<String> usernames(Role role, String teamId) {
        return jdbc.queryForList("select username from app_user where enabled and role = ? and team_id = ?"
                + " order by username", String.class, role.name(), teamId);
    }

    public List<String> teamIds() {
        return jdbc.queryForList("select team_id from team order by team_id", String.class);
    }

    public String teamName(String teamId) {
        var names = jdbc.queryForList("select name from team where team_id = ?", String.class, teamId);
        return names.isEmpty() ? teamId : names.get(0);
    }

    /** One account as the administrator's home page lists it (no password, no email). */
    public record Holder(String username, String name, Role role, boolean active) {
    }

    /** Every account, active ones first, then by username. */
    public List<Holder> holders() {
        return jdbc.query("select username, display_name, role, enabled from app_user order by enabled desc, username",
                (rs, n) -> new Holder(rs.getString("username"), rs.getString("display_name"),
                        Role.valueOf(rs.getString("role")), rs.getBoolean("enabled")));
    }
}
