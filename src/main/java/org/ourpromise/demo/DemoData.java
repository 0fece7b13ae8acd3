package org.ourpromise.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.ourpromise.access.Role;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.complaints.ComplaintRegister;
import org.ourpromise.timescales.Complaint;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.ChildRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with a synthetic council when the server starts (never from a command):
 * about 700 children in care and 300 care leavers with five years of history, and one demo
 * account per role, each allocated real children from the generated council.
 */
@Component
class DemoData implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    /** The demo accounts; the README lists them. */
    static final Map<String, Role> ACCOUNTS = Map.of(
            "social.worker", Role.SOCIAL_WORKER, "team.manager", Role.TEAM_MANAGER, "iro",
            Role.INDEPENDENT_REVIEWING_OFFICER, "personal.adviser", Role.PERSONAL_ADVISER, "performance",
            Role.PERFORMANCE_OFFICER, "board", Role.BOARD_MEMBER, "admin", Role.ADMINISTRATOR, "complaints",
            Role.COMPLAINTS_OFFICER, "virtual.school", Role.VIRTUAL_SCHOOL_HEAD, "health", Role.HEALTH_NURSE);

    private final CareRecords records;
    private final UserAccounts users;
    private final ComplaintRegister complaints;
    private final DemoVirtualSchool virtualSchool;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean enabled;
    private final long seed;
    private final String password;

    DemoData(CareRecords records, UserAccounts users, ComplaintRegister complaints, DemoVirtualSchool virtualSchool,
            TransactionTemplate transaction,
            Clock clock,
            @Value("${promise.demo.enabled:true}") boolean enabled, @Value("${promise.demo.seed:2026}") long seed,
            @Value("${promise.demo.password:promise-demo}") String password) {
        this.records = records;
        this.users = users;
        this.complaints = complaints;
        this.virtualSchool = virtualSchool;
        this.transaction = transaction;
        this.clock = clock;
        this.enabled = enabled;
        this.seed = seed;
        this.password = password;
    }

    /** Runs before the web server starts listening, so nobody signs in to a half-filled council. */
    @Override
    public void afterSingletonsInstantiated() {
        if (!enabled || records.count() > 0) {
            return;
        }
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        List<ChildRecord> council = SyntheticCouncil.demoCouncil(seed, today);
        transaction.executeWithoutResult(status -> {
            records.addAll(council);
            addAccounts(council, today);
            addComplaints(council, today);
            virtualSchool.add(council, today, seed);
        });
        LOG.info("Demo council added: {} children and young people as at {} in {} ms (demo accounts: {}, password '{}')",
                council.size(), today, (System.nanoTime() - started) / 1_000_000, new TreeSet<>(ACCOUNTS.keySet()),
                password);
    }

    private void addAccounts(List<ChildRecord> council, LocalDate today) {
        var teams = new TreeSet<String>();
        council.forEach(c -> c.allocations().forEach(a -> teams.add(a.team())));
        teams.forEach(t -> users.addTeam(t, t));
        var socialWorker = busiest(council, Allocation.Role.SOCIAL_WORKER, today);
        var reviewingOfficer = busiest(council, Allocation.Role.INDEPENDENT_REVIEWING_OFFICER, today);
        var adviser = busiest(council, Allocation.Role.PERSONAL_ADVISER, today);
        users.addUser("social.worker", "Sam Okafor", password, Role.SOCIAL_WORKER, socialWorker.team(),
                socialWorker.workerId());
        users.addUser("team.manager", "Priya Shah", password, Role.TEAM_MANAGER, socialWorker.team(), null);
        users.addUser("iro", "Helen Moore", password, Role.INDEPENDENT_REVIEWING_OFFICER, reviewingOfficer.team(),
                reviewingOfficer.workerId());
        users.addUser("personal.adviser", "Tom Reid", password, Role.PERSONAL_ADVISER, adviser.team(),
                adviser.workerId());
        users.addUser("performance", "Ruth Evans", password, Role.PERFORMANCE_OFFICER, null, null);
        users.addUser("board", "Cllr Jo Patel", password, Role.BOARD_MEMBER, null, null);
        users.addUser("admin", "Alex Green", password, Role.ADMINISTRATOR, null, null);
        users.addUser("complaints", "Dee Walsh", password, Role.COMPLAINTS_OFFICER, null, null);
        users.addUser("virtual.school", "Grace Okoro", password, Role.VIRTUAL_SCHOOL_HEAD, null, null);
        users.addUser("health", "Megan Hughes", password, Role.HEALTH_NURSE, null, null);
    }

    /** Oldest first, so references number in the order complaints arrived. */
    private void addComplaints(List<ChildRecord> council, LocalDate today) {
        var logged = new java.util.ArrayList<>(DemoComplaints.of(council, today, seed));
        logged.sort(Comparator.comparing((DemoComplaints.Logged l) -> l.complaint().received())
                .thenComparing(l -> l.complaint().childId()));
        for (var l : logged) {
            var c = l.complaint();
            var reference = complaints.add(c.childId(), c.received(), l.summary(), l.madeBy(), "complaints");
            complaints.update(new Complaint(reference, c.childId(), c.received(), c.stage1Extended(), c.stage1Responded(),
                    c.stage2Requested(), c.stage2Extended(), c.stage2Responded(), c.stage3Requested(), c.panelHeld(),
                    c.panelReported(), c.authorityResponded()), l.summary(), l.madeBy(), "complaints");
        }
    }

    /** The worker in a role with the most children allocated today: the demo account works as them. */
    private static Allocation busiest(List<ChildRecord> council, Allocation.Role role, LocalDate today) {
        var counts = new HashMap<Allocation, Integer>();
        var byWorker = new HashMap<String, Allocation>();
        for (var c : council) {
            for (var a : c.allocations()) {
                if (a.role() == role && a.isCurrentOn(today)) {
                    var first = byWorker.computeIfAbsent(a.workerId(), k -> a);
                    counts.merge(first, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<Allocation, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().workerId(), Comparator.reverseOrder()))
                .map(Map.Entry::getKey)
                .orElseThrow(() -> new IllegalStateException("the demo council has no current " + role));
    }
}
