package org.ourpromise.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;

/**
 * Guessing passwords is slowed down and then stopped, for each account and each client address: after
 * {@code slowAfter} wrong passwords in a burst, each further try must wait (doubling, from {@code firstWait}); after
 * {@code lockAfter} the key is locked for {@code lock}, and while it is locked even the right password does not
 * sign in. A try refused for being too soon counts as a wrong one; tries while locked do not extend the lock.
 * A burst is forgotten {@code lock} after its last failure. The audit log gets one row when an account's burst
 * starts (an address's when it slows down) and one when it locks, not one per try. Time here is the real time, not the business clock.
 */
@Service
class SignInThrottle {

    /** The limits for one kind of key. */
    record Limits(int slowAfter, int lockAfter, Duration firstWait, Duration lock) {
    }

    /** What a sign-in may do now: go ahead, wait until, or locked until. */
    record Verdict(Kind kind, @Nullable Instant until) {
        enum Kind { OPEN, WAIT, LOCKED }

        static final Verdict OPEN = new Verdict(Kind.OPEN, null);
    }

    record Attempts(int failures, Instant lastFailure, @Nullable Instant lockedUntil) {
    }

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();
    private final Limits account;
    private final Limits address;

    SignInThrottle(JdbcTemplate jdbc, AuditLog audit,
            @Value("${promise.sign-in.account.slow-after:5}") int accountSlowAfter,
            @Value("${promise.sign-in.account.lock-after:10}") int accountLockAfter,
            @Value("${promise.sign-in.address.slow-after:20}") int addressSlowAfter,
            @Value("${promise.sign-in.address.lock-after:50}") int addressLockAfter,
            @Value("${promise.sign-in.wait:PT5S}") Duration wait,
            @Value("${promise.sign-in.lock:PT15M}") Duration lock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.account = new Limits(accountSlowAfter, accountLockAfter, wait, lock);
        this.address = new Limits(addressSlowAfter, addressLockAfter, wait, lock);
    }

    /** The stricter verdict of the account's and the address's. */
    Verdict check(String username, String clientAddress) {
        var now = clock.instant();
        var byAccount = verdict(load(accountKey(username)), account, now);
        var byAddress = verdict(load(addressKey(clientAddress)), address, now);
        return byAccount.kind().compareTo(byAddress.kind()) >= 0 ? byAccount : byAddress;
    }

    /** A wrong password, or a try refused for being too soon. */
    void failed(String username, String clientAddress) {
        var now = clock.instant();
        count(accountKey(username), account, username, "account " + username + " (from " + clientAddress + ")", now,
                true);
        // An address's burst is written when it slows down: one person's typo is one row, the account's.
        count(addressKey(clientAddress), address, username, "address " + clientAddress, now, false);
    }

    /** The account signed in: its burst is over (the address's is not: one good account must not hide guessing). */
    void succeeded(String username) {
        jdbc.update("delete from sign_in_attempts where throttle_key = ?", accountKey(username));
    }

    static Verdict verdict(@Nullable Attempts a, Limits limits, Instant now) {
        if (a == null) {
            return Verdict.OPEN;
        }
        if (a.lockedUntil() != null) {
            return now.isBefore(a.lockedUntil()) ? new Verdict(Verdict.Kind.LOCKED, a.lockedUntil()) : Verdict.OPEN;
        }
        if (a.failures() >= limits.slowAfter() && !now.isAfter(a.lastFailure().plus(limits.lock()))) {
            var next = a.lastFailure().plus(waitAfter(a.failures(), limits));
            if (now.isBefore(next)) {
                return new Verdict(Verdict.Kind.WAIT, next);
            }
        }
        return Verdict.OPEN;
    }

    /** The wait after the n-th failure: {@code firstWait}, doubling with each failure past slowAfter, at most the lock. */
    static Duration waitAfter(int failures, Limits limits) {
        int doublings = Math.min(20, failures - limits.slowAfter());
        var wait = limits.firstWait().multipliedBy(1L << doublings);
        return wait.compareTo(limits.lock()) > 0 ? limits.lock() : wait;
    }

    private void count(String key, Limits limits, String username, String who, Instant now, boolean auditStart) {
        var a = load(key);
        if (a != null && a.lockedUntil() != null && now.isBefore(a.lockedUntil())) {
            return;
        }
        boolean newBurst = a == null || now.isAfter(a.lastFailure().plus(limits.lock()))
                || a.lockedUntil() != null;
        int failures = newBurst ? 1 : a.failures() + 1;
        Instant lockedUntil = failures >= limits.lockAfter() ? now.plus(limits.lock()) : null;
        save(key, failures, now, lockedUntil, a == null);
        if (auditStart ? newBurst : failures == limits.slowAfter()) {
            audit.recordAs(username, AuditLog.Action.SIGN_IN_FAILED, null, "wrong password for " + who
                    + (auditStart ? "" : ", " + failures + " in a row"));
        }
        if (lockedUntil != null) {
            audit.recordAs(username, AuditLog.Action.SIGN_IN_LOCKED, null, who + " locked after " + failures
                    + " wrong passwords in a row, until " + lockedUntil);
        }
    }

    private @Nullable Attempts load(String key) {
        var rows = jdbc.query("select failures, last_failure, locked_until from sign_in_attempts where throttle_key = ?",
                (rs, n) -> new Attempts(rs.getInt(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()), key);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private void save(String key, int failures, Instant at, @Nullable Instant lockedUntil, boolean insert) {
        var until = lockedUntil == null ? null : Timestamp.from(lockedUntil);
        if (insert) {
            try {
                jdbc.update("insert into sign_in_attempts (throttle_key, failures, last_failure, locked_until)"
                        + " values (?,?,?,?)", key, failures, Timestamp.from(at), until);
                return;
            } catch (DuplicateKeyException anotherServerFirst) {
                // counted below as one more
            }
        }
        jdbc.update("update sign_in_attempts set failures = ?, last_failure = ?, locked_until = ? where throttle_key = ?",
                failures, Timestamp.from(at), until, key);
    }

    @EventListener
    void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails d
                && d.getRemoteAddress() != null ? d.getRemoteAddress() : "unknown";
        failed(event.getAuthentication().getName(), address);
    }

    @EventListener
    void onSignIn(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private static String accountKey(String username) {
        var u = username.strip().toLowerCase(java.util.Locale.ROOT);
        return "account:" + (u.length() > 100 ? u.substring(0, 100) : u);
    }

    private static String addressKey(String address) {
        return "address:" + (address.length() > 100 ? address.substring(0, 100) : address);
    }
}
