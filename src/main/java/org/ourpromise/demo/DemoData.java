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
import org.ourpromise.staff.StaffDirectory;
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
    static final Map<String, Role> ACCOUNTS = Map.ofEntries(
            Map.entry("social.worker", Role.SOCIAL_WORKER),
            Map.entry("team.manager", Role.TEAM_MANAGER),
            Map.entry("iro", Role.INDEPENDENT_REVIEWING_OFFICER),
            Map.entry("personal.adviser", Role.PERSONAL_ADVISER),
            Map.entry("performance", Role.PERFORMANCE_OFFICER),
            Map.entry("board", Role.BOARD_MEMBER),
            Map.entry("admin", Role.ADMINISTRATOR),
            Map.entry("complaints", Role.COMPLAINTS_OFFICER),
            Map.entry("partner", Role.PARTNER),
            Map.entry("iro.manager", Role.IRO_MANAGER),
            Map.entry("virtual.school", Role.VIRTUAL_SCHOOL_HEAD),
            Map.entry("health", Role.HEALTH_NURSE),
            Map.entry("participation", Role.PARTICIPATION_OFFICER),
            Map.entry("young.person", Role.YOUNG_PERSON),
            Map.entry("care.leaver", Role.YOUNG_PERSON));

    private final CareRecords records;
    private final UserAccounts users;
    private final ComplaintRegister complaints;
    private final StaffDirectory staff;
    private final DemoPermanenceAndLeavers permanenceAndLeavers;
    private final DemoChildrenAtRiskAndOrders atRiskAndOrders;
    private final DemoIroService iroService;
    private final DemoVirtualSchool virtualSchool;
    private final DemoPupilPremium pupilPremium;
    private final DemoHealthServices healthServices;
    private final DemoVoice voice;
    private final DemoMyPromise myPromise;
    private final DemoRecordsRequests recordsRequests;
    private final DemoPopulation population;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final DemoPolicy policy;
    private final long seed;
    private final String password;

    DemoData(CareRecords records, UserAccounts users, ComplaintRegister complaints, StaffDirectory staff,
            DemoPermanenceAndLeavers permanenceAndLeavers, DemoChildrenAtRiskAndOrders atRiskAndOrders,
            DemoIroService iroService,
            DemoVirtualSchool virtualSchool, DemoPupilPremium pupilPremium, DemoHealthServices healthServices,
            DemoVoice voice, DemoMyPromise myPromise,
            DemoRecordsRequests recordsRequests, DemoPopulation population,
            TransactionTemplate transaction, Clock clock, DemoPolicy policy, @Value("${promise.demo.seed:2026}") long seed,
            @Value("${promise.demo.password:promise-demo}") String password) {
        this.records = records;
        this.users = users;
        this.complaints = complaints;
        this.staff = staff;
        this.permanenceAndLeavers = permanenceAndLeavers;
        this.atRiskAndOrders = atRiskAndOrders;
        this.iroService = iroService;
        this.virtualSchool = virtualSchool;
        this.pupilPremium = pupilPremium;
        this.healthServices = healthServices;
        this.voice = voice;
        this.myPromise = myPromise;
        this.recordsRequests = recordsRequests;
        this.population = population;
        this.transaction = transaction;
        this.clock = clock;
        this.policy = policy;
        this.seed = seed;
        this.password = password;
    }

    /** Runs before the web server starts listening, so nobody signs in to a half-filled council. */
    @Override
    public void afterSingletonsInstantiated() {
        if (!policy.shouldFill(records.count())) {
            return;
        }
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        List<ChildRecord> council = SyntheticCouncil.demoCouncil(seed, today);
        transaction.executeWithoutResult(status -> {
            records.addAll(council);
            staff.addAll(DemoStaff.of(council, today, seed, addAccounts(council, today)));
            addComplaints(council, today);
            recordsRequests.add(council, today, seed);
            population.add(today, seed);
            policy.markFilled(seed);
            permanenceAndLeavers.add(council, today, seed);
            atRiskAndOrders.add(council, today, seed);
            iroService.add(council, today, seed, busiest(council, Allocation.Role.INDEPENDENT_REVIEWING_OFFICER, today).workerId());
            virtualSchool.add(council, today, seed);
            pupilPremium.add(council, today, seed);
            healthServices.add(council, today, seed);
            voice.add(council, today, seed, ledgerOwners(council, today));
            myPromise.add(council, today, seed, password, busiest(council, Allocation.Role.SOCIAL_WORKER, today).workerId(),
                    busiest(council, Allocation.Role.INDEPENDENT_REVIEWING_OFFICER, today).workerId(),
                    busiest(council, Allocation.Role.PERSONAL_ADVISER, today).workerId());
        });
        LOG.info("Demo council added: {} children and young people as at {} in {} ms (demo accounts: {}, password '{}')",
                council.size(), today, (System.nanoTime() - started) / 1_000_000, new TreeSet<>(ACCOUNTS.keySet()),
                password);
    }

    /** Adds the demo accounts; gives worker id to account name for the staff directory. */
    private Map<String, String> addAccounts(List<ChildRecord> council, LocalDate today) {
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
        users.addUser("partner", "Chris Lane (Demo Housing Service)", password, Role.PARTNER, null, null);
        users.addUser("iro.manager", "Grace Holt", password, Role.IRO_MANAGER, null, null);
        users.addUser("virtual.school", "Grace Okoro", password, Role.VIRTUAL_SCHOOL_HEAD, null, null);
        users.addUser("health", "Megan Hughes", password, Role.HEALTH_NURSE, null, null);
        users.addUser("participation", "Kemi Adebayo", password, Role.PARTICIPATION_OFFICER, null, null);
        return Map.of(socialWorker.workerId(), "Sam Okafor", reviewingOfficer.workerId(), "Helen Moore",
                adviser.workerId(), "Tom Reid");
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

    /** Who owns "you said, we did" items: the demo accounts' workers first, then everyone in the directory. */
    private List<String> ledgerOwners(List<ChildRecord> council, LocalDate today) {
        var owners = new java.util.ArrayList<String>();
        for (var role : List.of(Allocation.Role.SOCIAL_WORKER, Allocation.Role.INDEPENDENT_REVIEWING_OFFICER,
                Allocation.Role.PERSONAL_ADVISER)) {
            owners.add(busiest(council, role, today).workerId());
        }
        staff.all().stream().map(org.ourpromise.staff.StaffMember::workerId).filter(w -> !owners.contains(w)).sorted()
                .limit(12).forEach(owners::add);
        return owners;
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
