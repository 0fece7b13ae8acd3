package org.ourpromise.mypromise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.access.Role;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.lists.Sorting;
import org.ourpromise.staff.StaffDirectory;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * "Who has looked at my file", from the audit log: each day someone opened the young person's record or added to
 * it, with their role and team. Their own workers are named; anyone else is shown by role and team only, so the
 * page never names other staff. Lists that only showed their name among others (a worklist) are left out, and so
 * are the young person's own visits to their pages.
 */
@Service
class WhoViewed {

    /** One person on one day: who (a name only for their own workers), their role and team, and what they did. */
    record Look(LocalDate day, @Nullable String name, String role, @Nullable String team, String did, int times) {

        /** Who, as the page writes it: "Sara Webb, Social worker, East team" or "Performance officer". */
        String who() {
            return (name == null ? "" : name + ", ") + role + (team == null ? "" : ", " + team);
        }
    }

    /**
     * Newest first unless asked otherwise (the audit log's order, newest first, among looks on one day), or by who
     * A to Z (newest first among one person's looks).
     */
    static final Sorting<Look> COLUMNS = Sorting.byDescending("date", Comparator.comparing(Look::day))
            .and("who", Comparator.comparing((Look l) -> l.who().toLowerCase(Locale.UK)));

    private static final Set<AuditLog.Action> LOOKS = Set.of(AuditLog.Action.VIEW_RECORD, AuditLog.Action.RECORD_EVENT,
            AuditLog.Action.BREAK_THE_GLASS, AuditLog.Action.EXPORT);
    private static final int MOST = 1000;

    private final AuditLog audit;
    private final UserAccounts users;
    private final StaffDirectory staff;

    WhoViewed(AuditLog audit, UserAccounts users, StaffDirectory staff) {
        this.audit = audit;
        this.users = users;
        this.staff = staff;
    }

    List<Look> of(MyRecord me, String ownUsername) {
        var own = me.ownWorkerIds();
        var accounts = new LinkedHashMap<String, @Nullable PromiseUser>();
        var looks = new LinkedHashMap<String, Look>();
        for (var e : audit.search(new AuditLog.Query(null, me.childId(), null, null, null), MOST)) {
            if (!me.childId().equals(e.childId()) || !LOOKS.contains(e.action()) || e.username().equals(ownUsername)) {
                continue;
            }
            var who = accounts.computeIfAbsent(e.username(), this::account);
            if (who == null || who.role() == Role.YOUNG_PERSON) {
                continue;
            }
            String did = e.action() == AuditLog.Action.RECORD_EVENT ? "Added to your file" : "Looked at your file";
            String key = e.at().toLocalDate() + "|" + e.username() + "|" + did;
            var before = looks.get(key);
            looks.put(key, before == null ? look(e.at().toLocalDate(), who, own, did)
                    : new Look(before.day(), before.name(), before.role(), before.team(), did, before.times() + 1));
        }
        return new ArrayList<>(looks.values());
    }

    private Look look(LocalDate day, PromiseUser who, List<String> own, String did) {
        String name = who.workerId() != null && own.contains(who.workerId())
                ? staff.find(who.workerId()).map(m -> m.name()).orElse(who.displayName()) : null;
        String team = who.teamId() == null ? null : users.teamName(who.teamId());
        return new Look(day, name, who.role().label(), team, did, 1);
    }

    private @Nullable PromiseUser account(String username) {
        try {
            return users.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            // "system" (start-up, commands) and removed accounts: not a person who opened the file
            return null;
        }
    }
}
