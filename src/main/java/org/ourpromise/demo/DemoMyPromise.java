package org.ourpromise.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.complaints.ComplaintRegister;
import org.ourpromise.entitlements.EntitlementStore;
import org.ourpromise.mypromise.MyPromiseRecords;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.PlanEvent;
import org.springframework.stereotype.Component;

/**
 * My Promise for the demo council: the accounts {@code young.person} (a child in care aged 15) and
 * {@code care.leaver} (aged 19), linked to children chosen the same way from every seed (the demo social worker's,
 * IRO's and personal adviser's first, then those with claims and complaints, so every page has something on it),
 * with messages, answers and views before a review drawn from the simulation's own random stream.
 */
@Component
class DemoMyPromise {

    private static final long STREAM = 0x3E9A0315L;
    private static final String[] WORRIES = {
        "Can I see my brother more often? Once a month is not enough.",
        "I want to go on the school trip to the coast but I need a form signed.",
        "My phone is broken and I cannot talk to my friends.",
        "I would like to change the time of my family time so I do not miss football."};
    private static final String[] ANSWERS = {
        "Thank you for telling me. I have asked your carers and we will talk about it when I visit on Thursday.",
        "Yes, I will sign it this week and give it to your carer.",
        "I have spoken to my manager and we can help with this. I will ring you tomorrow."};
    private static final String[] GOING_WELL = {
        "School is going well and I like my new maths teacher.", "I get on with my carers and I have joined a club."};
    private static final String[] CHANGE = {
        "I want more time with my nan.", "I want to stay up later at weekends."};

    private final UserAccounts users;
    private final MyPromiseRecords myPromise;
    private final EntitlementStore entitlements;
    private final ComplaintRegister complaints;
    private final org.ourpromise.access.AuditLog audit;

    DemoMyPromise(UserAccounts users, MyPromiseRecords myPromise, EntitlementStore entitlements,
            ComplaintRegister complaints, org.ourpromise.access.AuditLog audit) {
        this.audit = audit;
        this.users = users;
        this.myPromise = myPromise;
        this.entitlements = entitlements;
        this.complaints = complaints;
    }

    void add(List<ChildRecord> council, LocalDate today, long seed, String password, String socialWorker, String iro,
            String adviser) {
        var random = new Random(seed ^ STREAM);
        var inCare = choose(council, today, 15, true, Allocation.Role.SOCIAL_WORKER, socialWorker, iro);
        if (inCare != null) {
            users.addYoungPerson("young.person", inCare.identity().givenName(), password, inCare.childId());
            youngPerson(inCare, today, random);
            openedBy(inCare, "social.worker", "team.manager", "iro");
        }
        var leaver = choose(council, today, 19, false, Allocation.Role.PERSONAL_ADVISER, adviser, null);
        if (leaver != null) {
            users.addYoungPerson("care.leaver", leaver.identity().givenName(), password, leaver.childId());
            careLeaver(leaver, today, random);
            openedBy(leaver, "personal.adviser", "performance");
        }
    }

    /**
     * The demo staff open the young person's record once, so "who has looked at my file" has rows: the audit log is
     * that page's only source. Marked as the demo's in the log's detail.
     */
    private void openedBy(ChildRecord child, String... usernames) {
        for (String username : usernames) {
            audit.recordAs(username, org.ourpromise.access.AuditLog.Action.VIEW_RECORD, child.childId(),
                    "demo council: opened the record");
        }
    }

    private void youngPerson(ChildRecord child, LocalDate today, Random random) {
        var sw = current(child, Allocation.Role.SOCIAL_WORKER, today);
        var iro = current(child, Allocation.Role.INDEPENDENT_REVIEWING_OFFICER, today);
        if (sw != null) {
            // two different worries: the first answered, the second still on the worker's list
            int first = random.nextInt(WORRIES.length);
            int second = (first + 1 + random.nextInt(WORRIES.length - 1)) % WORRIES.length;
            var sent = today.minusDays(8 + random.nextInt(10)).atTime(16, 20);
            myPromise.addMessage(child.childId(), MyPromiseRecords.To.SOCIAL_WORKER, sw.workerId(), sw.team(), false,
                    WORRIES[first], sent, pick(ANSWERS, random), sent.plusDays(1 + random.nextInt(3)),
                    "social.worker");
            myPromise.addMessage(child.childId(), MyPromiseRecords.To.SOCIAL_WORKER, sw.workerId(), sw.team(), false,
                    WORRIES[second], today.minusDays(1).atTime(19, 5), null, null, null);
        }
        if (iro != null) {
            var due = child.reviews().stream().map(r -> r.date()).max(Comparator.naturalOrder())
                    .map(d -> d.plusMonths(6)).orElse(null);
            myPromise.addViews(child.childId(), due, pick(GOING_WELL, random), pick(CHANGE, random),
                    "My carers and my teacher. Not my dad.", random.nextBoolean() ? MyPromiseRecords.Held.IN_PERSON
                            : MyPromiseRecords.Held.VIDEO_CALL, random.nextBoolean(), iro.workerId(),
                    today.minusDays(2 + random.nextInt(5)).atTime(17, 0));
        }
    }

    private void careLeaver(ChildRecord child, LocalDate today, Random random) {
        var pa = current(child, Allocation.Role.PERSONAL_ADVISER, today);
        if (pa != null) {
            var sent = today.minusDays(20 + random.nextInt(10)).atTime(11, 40);
            myPromise.addMessage(child.childId(), MyPromiseRecords.To.PERSONAL_ADVISER, pa.workerId(), pa.team(), false,
                    "Can I get help with a deposit for a flat? I have found one near college.", sent,
                    "Yes. The setting-up-home allowance can pay for it. Bring the tenancy offer when we meet.",
                    sent.plusDays(2), "personal.adviser");
        }
        myPromise.addRecordsRequest(child.childId(), "Everything from when I came into care", "MEET",
                today.minusDays(3 + random.nextInt(5)).atTime(10, 0));
    }

    /**
     * The young person to link: the right age and standing today, with a worker in {@code role} now; the demo
     * account's own worker first, then one with claims and complaints, then the lowest child id.
     */
    private @Nullable ChildRecord choose(List<ChildRecord> council, LocalDate today, int age, boolean inCare,
            Allocation.Role role, String preferred, @Nullable String preferredIro) {
        var complained = new java.util.HashSet<String>();
        complaints.all().forEach(x -> complained.add(x.childId()));
        var scores = new java.util.HashMap<String, Integer>();
        council.stream()
                .filter(c -> java.time.Period.between(c.dateOfBirth(), today).getYears() == age)
                .filter(c -> inCare == c.episodes().stream().anyMatch(e -> !e.isShortBreak() && e.isOpenAt(today)))
                .filter(c -> current(c, role, today) != null)
                .filter(c -> !inCare || c.plans().stream().anyMatch(p -> p.kind() == PlanEvent.Kind.CARE_PLAN))
                .forEach(c -> scores.put(c.childId(), score(c, today, role, preferred, preferredIro, complained)));
        var byId = new java.util.HashMap<String, ChildRecord>();
        council.forEach(c -> byId.put(c.childId(), c));
        return scores.entrySet().stream()
                .min(Comparator.comparingInt((java.util.Map.Entry<String, Integer> e) -> -e.getValue())
                        .thenComparing(java.util.Map.Entry::getKey))
                .map(e -> byId.get(e.getKey())).orElse(null);
    }

    private int score(ChildRecord c, LocalDate today, Allocation.Role role, String preferred,
            @Nullable String preferredIro, java.util.Set<String> complained) {
        var worker = current(c, role, today);
        int score = worker != null && preferred.equals(worker.workerId()) ? 4 : 0;
        var iro = current(c, Allocation.Role.INDEPENDENT_REVIEWING_OFFICER, today);
        score += preferredIro != null && iro != null && preferredIro.equals(iro.workerId()) ? 2 : 0;
        score += entitlements.claims(c.childId()).isEmpty() ? 0 : 1;
        score += complained.contains(c.childId()) ? 1 : 0;
        return score;
    }

    private static @Nullable Allocation current(ChildRecord c, Allocation.Role role, LocalDate today) {
        return c.allocations().stream().filter(a -> a.role() == role && a.isCurrentOn(today))
                .max(Comparator.comparing(Allocation::from)).orElse(null);
    }

    private static String pick(String[] from, Random random) {
        return from[random.nextInt(from.length)];
    }
}
