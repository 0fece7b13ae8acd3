package org.ourpromise.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as administrators and their owners change them: create (no password until its owner sets one from a
 * link), deactivate, one-time links to set a password, and changing one's own. Every change is audited; an
 * account is saved only at the version it was read at.
 */
@Service
class Accounts {

    /** One account as the administrator's list shows it. */
    record Account(String username, String name, Role role, @Nullable String teamId, @Nullable String workerId,
            @Nullable String email, boolean active, int version) {
    }

    /** Someone else changed the account since the page was opened. */
    static final class StaleAccountException extends RuntimeException {
        StaleAccountException(String username) {
            super("account " + username + " changed since the page was opened");
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock realTime = Clock.systemUTC();
    private final Duration linkLife;

    Accounts(JdbcTemplate jdbc, PasswordEncoder encoder, AuditLog audit,
            @Value("${promise.accounts.link-valid-for:PT24H}") Duration linkLife) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
        this.linkLife = linkLife;
    }

    List<Account> all() {
        return jdbc.query("select * from app_user order by enabled desc, username", (rs, n) -> new Account(
                rs.getString("username"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                rs.getString("team_id"), rs.getString("worker_id"), rs.getString("email"), rs.getBoolean("enabled"),
                rs.getInt("version")));
    }

    Optional<Account> find(String username) {
        return all().stream().filter(a -> a.username().equals(username)).findFirst();
    }

    boolean isActive(String username) {
        var rows = jdbc.queryForList("select enabled from app_user where username = ?", Boolean.class, username);
        return !rows.isEmpty() && Boolean.TRUE.equals(rows.get(0));
    }

    /** The account with this email address, ignoring case (an active one first when two share it). */
    Optional<Account> findByEmail(String email) {
        return jdbc.query("select * from app_user where lower(email) = lower(?) order by enabled desc, username",
                (rs, n) -> new Account(rs.getString("username"), rs.getString("display_name"),
                        Role.valueOf(rs.getString("role")), rs.getString("team_id"), rs.getString("worker_id"),
                        rs.getString("email"), rs.getBoolean("enabled"), rs.getInt("version")), email.strip())
                .stream().findFirst();
    }

    /**
     * The account of someone signing in with the council's identity provider for the first time: no password
     * (they may be sent a link), audited as done by them. Returns the username chosen from the email address.
     */
    @Transactional
    String createForIdentityProvider(String email, String name, Role role, @Nullable String teamId,
            @Nullable String workerId) {
        String base = email.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("@.*$", "")
                .replaceAll("[^a-z0-9._-]", "");
        base = base.length() < 2 ? "user" : base.substring(0, Math.min(base.length(), 50));
        String username = base;
        for (int i = 2; exists(username); i++) {
            username = base + "-" + i;
        }
        jdbc.update("insert into app_user (username, display_name, password_hash, role, team_id, worker_id, enabled,"
                + " email, version) values (?,?,?,?,?,?,true,?,0)", username, name, encoder.encode(token()),
                role.name(), teamId, workerId, email.strip());
        audit.recordAs(username, AuditLog.Action.MANAGE_ACCOUNT, null, "account made at first sign-in with the"
                + " council's identity provider (" + role.label() + (teamId == null ? "" : ", team " + teamId)
                + (workerId == null ? "" : ", worker " + workerId) + ")");
        return username;
    }

    /** The role the identity provider's groups now give, when it differs from the account's. */
    @Transactional
    void changeRoleFromIdentityProvider(String username, Role from, Role to) {
        jdbc.update("update app_user set role = ?, version = version + 1 where username = ?", to.name(), username);
        audit.recordAs(username, AuditLog.Action.MANAGE_ACCOUNT, null, "role changed from " + from.label() + " to "
                + to.label() + " by the council's identity provider groups");
    }

    private boolean exists(String username) {
        Long n = jdbc.queryForObject("select count(*) from app_user where username = ?", Long.class, username);
        return n != null && n > 0;
    }

    /** A new account whose password nobody knows: its owner sets one from a link. */
    @Transactional
    void create(AccountForm form, @Nullable String teamId, @Nullable String workerId) {
        jdbc.update("insert into app_user (username, display_name, password_hash, role, team_id, worker_id, enabled,"
                + " email, version) values (?,?,?,?,?,?,true,?,0)", form.username(), form.name(),
                encoder.encode(token()), form.role().name(), teamId, workerId, form.email());
        audit.record(AuditLog.Action.MANAGE_ACCOUNT, null, "created account " + form.username() + " ("
                + form.role().label() + (teamId == null ? "" : ", team " + teamId)
                + (workerId == null ? "" : ", worker " + workerId) + ")");
    }

    /** Deactivates the account at the version the page showed; its sessions end at their next request. */
    @Transactional
    void deactivate(String username, int version) {
        int n = jdbc.update("update app_user set enabled = false, version = version + 1 where username = ?"
                + " and version = ?", username, version);
        if (n != 1) {
            throw new StaleAccountException(username);
        }
        jdbc.update("update password_link set used_at = current_timestamp where username = ? and used_at is null",
                username);
        audit.record(AuditLog.Action.MANAGE_ACCOUNT, null, "deactivated account " + username);
    }

    /** A one-time link's secret (returned once, stored only as its hash), valid for {@code linkLife}. */
    @Transactional
    String passwordLink(String username) {
        String token = token();
        jdbc.update("update password_link set used_at = current_timestamp where username = ? and used_at is null",
                username);
        jdbc.update("insert into password_link (token_hash, username, expires_at) values (?,?,?)", hash(token),
                username, Timestamp.from(realTime.instant().plus(linkLife)));
        audit.record(AuditLog.Action.MANAGE_ACCOUNT, null, "made a link to set the password of " + username
                + ", valid until " + realTime.instant().plus(linkLife));
        return token;
    }

    /** The active account a link is for, if it is unused and unexpired. */
    Optional<String> linkHolder(String token) {
        var rows = jdbc.queryForList("select l.username from password_link l join app_user u on u.username = l.username"
                + " where l.token_hash = ? and l.used_at is null and l.expires_at > ? and u.enabled", String.class,
                hash(token), Timestamp.from(realTime.instant()));
        return rows.stream().findFirst();
    }

    /** Sets the password from a link, once; false when the link is no longer good. */
    @Transactional
    boolean setPasswordFromLink(String token, String password) {
        var holder = linkHolder(token);
        if (holder.isEmpty()) {
            return false;
        }
        int n = jdbc.update("update password_link set used_at = current_timestamp where token_hash = ? and used_at is null",
                hash(token));
        if (n != 1) {
            return false;
        }
        setPassword(holder.get(), password);
        audit.recordAs(holder.get(), AuditLog.Action.MANAGE_ACCOUNT, null, "set their password from a link");
        return true;
    }

    boolean passwordMatches(String username, String password) {
        var hashes = jdbc.queryForList("select password_hash from app_user where username = ?", String.class, username);
        return !hashes.isEmpty() && encoder.matches(password, hashes.get(0));
    }

    @Transactional
    void changePassword(String username, String password) {
        setPassword(username, password);
        audit.record(AuditLog.Action.MANAGE_ACCOUNT, null, "changed their own password");
    }

    private void setPassword(String username, String password) {
        jdbc.update("update app_user set password_hash = ?, version = version + 1 where username = ?",
                encoder.encode(password), username);
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
