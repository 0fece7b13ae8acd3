package org.ourpromise.mypromise;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.casefile.CurrentFacts;
import org.ourpromise.casefile.LeavingCareDuty;
import org.ourpromise.casefile.OpenDeadlines;
import org.ourpromise.complaints.ComplaintRegister;
import org.ourpromise.entitlements.Claim;
import org.ourpromise.entitlements.Entitlement;
import org.ourpromise.entitlements.EntitlementRules;
import org.ourpromise.entitlements.EntitlementStore;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.PlanEvent;
import org.ourpromise.staff.StaffDirectory;
import org.ourpromise.timescales.DeadlineRule;
import org.ourpromise.timescales.TimescaleSettings;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a young person's pages read, from their own record and nobody else's: which child the account is linked to
 * (a young person's account is refused anything else), their workers, their plans, their next review, their
 * entitlements and claims, and their complaints. Every page they open is written to the audit log.
 */
@Service
class MyPromiseReads {

    /** One of their workers as they see them: what the worker is to them, the name, and how to reach them. */
    record Worker(Message.To role, String what, @Nullable String name, @Nullable String email, @Nullable String team,
            String workerId) {
    }

    /** A plan and when it was last written. */
    record Plan(String title, LocalDate written) {
    }

    /** An entitlement they can ask for, and what is left of it. */
    record Offer(String name, String limit, @Nullable String condition, String left) {
    }

    /** A claim of theirs and where it has got to. */
    record MyClaim(String name, LocalDate asked, String amount, String status, @Nullable String why) {
    }

    /** A complaint of theirs, in plain words. */
    record MyComplaint(LocalDate received, String where, boolean answered) {
    }

    private final UserAccounts users;
    private final CareRecords records;
    private final AuditLog audit;
    private final StaffDirectory staff;
    private final TimescaleSettings settings;
    private final LeavingCareDuty duty;
    private final EntitlementStore entitlements;
    private final ComplaintRegister complaints;
    private final Clock clock;

    MyPromiseReads(UserAccounts users, CareRecords records, AuditLog audit, StaffDirectory staff,
            TimescaleSettings settings, LeavingCareDuty duty, EntitlementStore entitlements,
            ComplaintRegister complaints, Clock clock) {
        this.users = users;
        this.records = records;
        this.audit = audit;
        this.staff = staff;
        this.settings = settings;
        this.duty = duty;
        this.entitlements = entitlements;
        this.complaints = complaints;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The young person's own record, audited as the page they opened; refused when the account has no child. */
    @Transactional
    MyRecord open(PromiseUser user, String page) {
        var record = load(user);
        audit.record(AuditLog.Action.VIEW_RECORD, record.childId(), "opened their own page in My Promise: " + page);
        return record;
    }

    /** The record without an audit entry, for a change the caller audits itself. */
    MyRecord load(PromiseUser user) {
        String childId = users.childOf(user.username());
        if (childId == null) {
            throw new AccessDeniedException("not a young person's account");
        }
        var child = records.load(childId).orElseThrow(() -> new AccessDeniedException("no record for this account"));
        return new MyRecord(child, CurrentFacts.of(child, today()), today());
    }

    List<Worker> workers(MyRecord me) {
        var out = new ArrayList<Worker>();
        add(out, me.current(Allocation.Role.SOCIAL_WORKER), Message.To.SOCIAL_WORKER,
                "Your social worker makes sure you are safe and well, visits you, and writes your plan with you.");
        add(out, me.current(Allocation.Role.INDEPENDENT_REVIEWING_OFFICER), Message.To.IRO,
                "Your independent reviewing officer (IRO) runs your reviews. They check your plan is right for you"
                        + " and that people do what they said they would.");
        add(out, me.current(Allocation.Role.PERSONAL_ADVISER), Message.To.PERSONAL_ADVISER,
                "Your personal adviser helps you with leaving care: a home, money, work, college and your pathway plan.");
        return out;
    }

    private void add(List<Worker> out, @Nullable Allocation a, Message.To role, String what) {
        if (a == null) {
            return;
        }
        var member = staff.find(a.workerId()).orElse(null);
        out.add(new Worker(role, what, member == null ? null : member.name(), member == null ? null : member.email(),
                a.team(), a.workerId()));
    }

    /** Their care plan, pathway plan and permanence plan, each when last written. */
    List<Plan> plans(MyRecord me) {
        var out = new ArrayList<Plan>();
        latest(me, PlanEvent.Kind.CARE_PLAN, "Your care plan", out);
        latest(me, PlanEvent.Kind.PATHWAY_PLAN, "Your pathway plan", out);
        latest(me, PlanEvent.Kind.PERMANENCE_PLAN, "Your plan for where you will live as you grow up", out);
        latest(me, PlanEvent.Kind.NEEDS_ASSESSMENT, "What you need as you get ready to leave care", out);
        return out;
    }

    private static void latest(MyRecord me, PlanEvent.Kind kind, String title, List<Plan> out) {
        me.child().plans().stream().filter(p -> p.kind() == kind).map(PlanEvent::date)
                .filter(d -> !d.isAfter(me.today())).max(Comparator.naturalOrder())
                .ifPresent(d -> out.add(new Plan(title, d)));
    }

    /** When their next review (or, for a care leaver, their pathway plan review) is due; null when none is. */
    @Nullable LocalDate nextReview(MyRecord me) {
        var open = OpenDeadlines.of(me.child(), me.today(), me.facts().inCareSince(), settings, duty.ends(me.child()),
                duty.contactTerms(me.child()));
        if (open.nextReview() != null) {
            return open.nextReview().due();
        }
        return open.items().stream().filter(i -> i.rule() == DeadlineRule.PATHWAY_PLAN_REVIEW)
                .map(i -> i.due()).min(Comparator.naturalOrder()).orElse(null);
    }

    /** Their last review, if they have had one. */
    @Nullable LocalDate lastReview(MyRecord me) {
        return me.child().reviews().stream().map(r -> r.date()).filter(d -> !d.isAfter(me.today()))
                .max(Comparator.naturalOrder()).orElse(null);
    }

    /** The entitlements they can ask for today, with what is left for them. */
    List<Offer> offers(MyRecord me) {
        var theirs = entitlements.claims(me.childId());
        var out = new ArrayList<Offer>();
        for (Entitlement e : entitlements.entitlements()) {
            if (EntitlementRules.ineligible(e, me.facts().age(), me.inCare(), me.careLeaver()) != null) {
                continue;
            }
            var mine = theirs.stream().filter(c -> c.entitlementId() == e.id()).toList();
            out.add(new Offer(e.name(), e.limitWords(), e.condition(),
                    e.format(EntitlementRules.leftFor(e, mine, me.today()))));
        }
        return out;
    }

    List<MyClaim> claims(MyRecord me) {
        var names = new java.util.HashMap<Long, Entitlement>();
        entitlements.entitlements().forEach(e -> names.put(e.id(), e));
        var out = new ArrayList<MyClaim>();
        for (Claim c : entitlements.claims(me.childId())) {
            var e = names.get(c.entitlementId());
            if (e != null) {
                out.add(new MyClaim(e.name(), c.requestedOn(), e.format(c.amount()), c.status().words(),
                        c.status() == Claim.Status.REFUSED ? c.refusalReason() : null));
            }
        }
        out.sort(Comparator.comparing(MyClaim::asked).reversed());
        return out;
    }

    /** Their complaints: when received and where they have got to; never the summary, which may name others. */
    List<MyComplaint> complaints(MyRecord me) {
        return complaints.all().stream().filter(c -> c.childId().equals(me.childId()))
                .map(c -> new MyComplaint(c.complaint().received(), words(c.stage(), c.closed()), c.closed()))
                .sorted(Comparator.comparing(MyComplaint::received).reversed()).toList();
    }

    private static String words(String stage, boolean closed) {
        if (stage.contains("stage 3") || stage.contains("Stage 3")) {
            return closed ? "We have answered it after a review panel looked at it" : "A review panel is looking at it";
        }
        if (stage.contains("stage 2") || stage.contains("Stage 2")) {
            return closed ? "We have answered it after someone independent looked into it"
                    : "Someone independent is looking into it";
        }
        return closed ? "We have answered it" : "We are looking at it and will answer you soon";
    }
}
