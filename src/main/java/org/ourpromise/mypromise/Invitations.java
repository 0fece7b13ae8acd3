package org.ourpromise.mypromise;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.PasswordPolicy;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.casefile.CareRecords;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to My Promise: a worker makes a one-time code (kept only as its hash) that works once, until it
 * expires; the young person types it with the name they choose to sign in with and their own password. A young
 * person who has an account already uses a new code to choose a new password. Expiry runs on real time (like the
 * links to set a password), not on the business clock a demonstration may pin.
 */
@Service
class Invitations {

    /** A code made for a worker to give the young person: shown once, never stored. */
    record Made(String code, LocalDateTime expiresAt) {
    }

    /** What happened when a young person used a code: the account they sign in with, or what was wrong. */
    record Joined(String username, Map<String, String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    // no 0/O, 1/I/L: a code read out over the phone or copied from a note is typed right
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final String USERNAME = "[a-z0-9][a-z0-9._-]{2,39}";

    private final MyPromiseRepository repository;
    private final UserAccounts users;
    private final CareRecords records;
    private final AuditLog audit;
    private final Clock realTime = Clock.systemUTC();
    private final Duration life;

    Invitations(MyPromiseRepository repository, UserAccounts users, CareRecords records, AuditLog audit,
            @Value("${promise.my-promise.invitation-valid-for:P7D}") Duration life) {
        this.repository = repository;
        this.users = users;
        this.records = records;
        this.audit = audit;
        this.life = life;
    }

    Duration life() {
        return life;
    }

    /** A new code for the child; any code sent before and not yet used stops working. */
    @Transactional
    Made invite(String childId) {
        var now = LocalDateTime.now(realTime);
        String code = code();
        repository.retireInvitations(childId, now);
        repository.addInvitation(childId, hash(normalise(code)), currentUsername(), now, now.plus(life));
        audit.record(AuditLog.Action.MANAGE_ACCOUNT, childId, "made a My Promise invitation code, valid until "
                + now.plus(life) + " (UTC)");
        return new Made(code, now.plus(life));
    }

    List<MyPromiseRepository.Invitation> sent(String childId) {
        return repository.invitations(childId);
    }

    /** Uses a code: checks everything first, so bad input changes nothing. */
    @Transactional
    Joined join(String typedCode, String typedUsername, String password, String confirm) {
        var errors = new LinkedHashMap<String, String>();
        var now = LocalDateTime.now(realTime);
        var found = checkCode(typedCode, now, errors);
        if (found == null) {
            return new Joined("", errors);
        }
        String existing = users.youngPersonOf(found.childId()).orElse(null);
        String username = existing != null ? existing : typedUsername.strip().toLowerCase(Locale.ROOT);
        if (existing == null) {
            checkUsername(username, errors);
        }
        String name = records.load(found.childId()).map(c -> c.identity().givenName()).orElse("");
        checkPassword(password, confirm, username, name, errors);
        if (!errors.isEmpty()) {
            return new Joined("", errors);
        }
        if (!repository.useInvitation(found.id(), username, now)) {
            errors.put("code", USED);
            return new Joined("", errors);
        }
        if (existing == null) {
            users.addYoungPerson(username, name, password, found.childId());
        } else {
            users.setPassword(username, password);
        }
        audit.recordAs(username, AuditLog.Action.MANAGE_ACCOUNT, found.childId(), existing == null
                ? "made their My Promise account from an invitation" : "chose a new My Promise password from an invitation");
        return new Joined(username, Map.of());
    }

    private static final String USED = "That code has been used already. A code works only once. Ask your worker for"
            + " a new one";

    /** The invitation the code is, if it is unused and not too old; otherwise why not. */
    private MyPromiseRepository.@org.jspecify.annotations.Nullable Invitation checkCode(String typed, LocalDateTime now,
            Map<String, String> errors) {
        String code = normalise(typed);
        var found = code.isEmpty() ? null : repository.invitationByHash(hash(code)).orElse(null);
        if (code.isEmpty()) {
            errors.put("code", "Type the code your worker gave you");
        } else if (found == null) {
            errors.put("code", "That code does not work. Check you typed it the same as the code you were given");
        } else if (found.usedAt() != null) {
            errors.put("code", USED);
        } else if (!found.expiresAt().isAfter(now)) {
            errors.put("code", "That code is too old. Codes stop working after " + life.toDays()
                    + " days. Ask your worker for a new one");
        }
        return errors.isEmpty() ? found : null;
    }

    private void checkUsername(String username, Map<String, String> errors) {
        if (username.isEmpty()) {
            errors.put("username", "Choose a name to sign in with");
        } else if (!username.matches(USERNAME)) {
            errors.put("username", "Use 3 to 40 small letters or numbers for your sign-in name. You can use"
                    + " dots and dashes too, but not spaces");
        } else if (users.exists(username)) {
            errors.put("username", "Someone has that sign-in name already. Try another one");
        }
    }

    private static void checkPassword(String password, String confirm, String username, String name,
            Map<String, String> errors) {
        var problems = PasswordPolicy.problems(password, username, name);
        if (password.isEmpty()) {
            errors.put("password", "Choose a password");
        } else if (!problems.isEmpty()) {
            errors.put("password", problems.get(0));
        } else if (!password.equals(confirm)) {
            errors.put("confirm", "The two passwords are not the same. Type the same password twice");
        }
    }

    /** Upper case, no spaces or dashes: "abcd efgh" and "ABCD-EFGH" are the same code. */
    static String normalise(String typed) {
        String s = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        return s.length() > 40 ? "" : s;
    }

    static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String code() {
        var sb = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static String currentUsername() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
