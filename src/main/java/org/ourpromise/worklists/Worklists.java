package org.ourpromise.worklists;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.ChildAccess;
import org.ourpromise.access.Permission;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.timescales.DeadlineRule;
import org.ourpromise.timescales.DueItem;
import org.ourpromise.timescales.WorkingDayCalendar;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Worklists, digest, timeliness and reasons for lateness for a signed-in user: scope from
 * {@link ChildAccess}, today's items from {@link CouncilDueItems}, and an audit entry for every list
 * of children shown or downloaded and every explanation saved.
 */
@Service
public class Worklists {

    static final String CHILD_ID = "[A-Za-z0-9_-]{1,40}";
    public static final int NOTE_LIMIT = 500;

    /** A complaint's stage deadlines: the complaints officer's alone, whoever the child. */
    public static final java.util.Set<DeadlineRule> COMPLAINT_STAGES = java.util.EnumSet.of(
            DeadlineRule.COMPLAINT_STAGE_1, DeadlineRule.COMPLAINT_STAGE_2, DeadlineRule.COMPLAINT_STAGE_3_PANEL,
            DeadlineRule.COMPLAINT_STAGE_3_REPORT, DeadlineRule.COMPLAINT_STAGE_3_RESPONSE);

    /** A lateness form's values once checked; fields are null where the errors say why. */
    public record Explanation(@Nullable String childId, @Nullable DeadlineRule rule, @Nullable LocalDate due,
            @Nullable Integer reasonId, String note, Map<String, String> errors) {
    }

    private final CouncilDueItems council;
    private final ChildAccess access;
    private final LatenessReasons lateness;
    private final AuditLog audit;
    private final List<OtherDeadlines> others;

    Worklists(CouncilDueItems council, ChildAccess access, LatenessReasons lateness, AuditLog audit,
            List<OtherDeadlines> others) {
        this.others = others;
        this.council = council;
        this.access = access;
        this.lateness = lateness;
        this.audit = audit;
    }

    LocalDate today() {
        return council.today();
    }

    @Transactional
    Worklist worklist(PromiseUser user, WorklistFilter filter) {
        var list = compute(user, filter);
        audit.recordShown(AuditLog.Action.VIEW_REPORT, children(list.items()), "viewed the worklist "
                + filter.asParameters() + ": " + list.items().size() + " items");
        return list;
    }

    @Transactional
    Worklist download(PromiseUser user, WorklistFilter filter) {
        var list = compute(user, filter);
        audit.recordShown(AuditLog.Action.EXPORT, children(list.items()), "downloaded the worklist as CSV "
                + filter.asParameters() + ": " + list.items().size() + " items");
        return list;
    }

    @Transactional
    Digest digest(PromiseUser user) {
        var list = compute(user, WorklistFilter.NONE);
        var digest = Digest.of(list, council.today(), council.settings().dueSoonWorkingDays(),
                WorkingDayCalendar.englandAndWales());
        audit.recordShown(AuditLog.Action.VIEW_REPORT, digestChildren(digest), "viewed the daily digest");
        return digest;
    }

    /** The digest for a user who is not signed in (the daily email): the same list, audited as sent by the system. */
    Digest digestToSend(PromiseUser user) {
        var list = compute(user, WorklistFilter.NONE);
        var digest = Digest.of(list, council.today(), council.settings().dueSoonWorkingDays(),
                WorkingDayCalendar.englandAndWales());
        audit.recordShownAs("system", AuditLog.Action.EXPORT, digestChildren(digest), "emailed the daily digest to "
                + user.username() + ": "
                + digest.newlyOverdue().size() + " newly overdue, " + digest.dueSoon().size() + " due soon");
        return digest;
    }

    /** Counts for the whole council: aggregate figures, no child shown, so not limited to the user's scope. */
    Timeliness timeliness(LocalDate from, LocalDate to) {
        return Timeliness.of(withComplaints(), from, to, lateness.latestByItem());
    }

    /** Every child's items, and the deadlines kept elsewhere (each complaint's stages) as items of their child. */
    private List<ChildDueItems> withComplaints() {
        var all = new java.util.ArrayList<>(council.current().all());
        others.forEach(o -> all.addAll(o.dueItems()));
        return all;
    }

    /**
     * The children behind a count, limited to those the user may see; null when the user may see none.
     * Complaint stages are the complaints officer's alone: a complaint may be about the child's own workers.
     */
    @Transactional
    @Nullable List<WorkItem> drillDown(PromiseUser user, DeadlineRule rule, Timeliness.Outcome outcome, LocalDate from,
            LocalDate to) {
        return drillDown(user, rule, outcome, from, to, false);
    }

    /** The same children as {@link #drillDown}, audited as an export (the drill-down's CSV). */
    @Transactional
    @Nullable List<WorkItem> drillDownToDownload(PromiseUser user, DeadlineRule rule, Timeliness.Outcome outcome,
            LocalDate from, LocalDate to) {
        return drillDown(user, rule, outcome, from, to, true);
    }

    /** The digest's items audited as an export (the digest's CSV, one of its two lists). */
    @Transactional
    Digest digestToDownload(PromiseUser user, boolean overdue) {
        var list = compute(user, WorklistFilter.NONE);
        var digest = Digest.of(list, council.today(), council.settings().dueSoonWorkingDays(),
                WorkingDayCalendar.englandAndWales());
        var items = overdue ? digest.newlyOverdue() : digest.dueSoon();
        audit.recordShown(AuditLog.Action.EXPORT, children(items), "downloaded the daily digest as CSV ("
                + (overdue ? "newly overdue" : "due soon") + "): " + items.size() + " items");
        return digest;
    }

    private @Nullable List<WorkItem> drillDown(PromiseUser user, DeadlineRule rule, Timeliness.Outcome outcome,
            LocalDate from, LocalDate to, boolean export) {
        boolean complaint = COMPLAINT_STAGES.contains(rule);
        var needed = complaint ? Permission.MANAGE_COMPLAINTS : Permission.VIEW_CHILD_RECORDS;
        if (!user.can(needed)) {
            return null;
        }
        var visible = complaint ? Optional.<java.util.Set<String>>empty() : access.visibleChildren(user);
        var items = Timeliness.drillDown(withComplaints(), rule, outcome, from, to, lateness.latestByItem()).stream()
                .filter(i -> visible.map(v -> v.contains(i.childId())).orElse(true)).toList();
        audit.recordShown(export ? AuditLog.Action.EXPORT : AuditLog.Action.VIEW_REPORT, children(items),
                (export ? "downloaded as CSV the " : "") + "timeliness drill-down " + rule + " " + outcome
                + " " + from
                + " to " + to + ": " + items.size() + " items");
        return items;
    }

    private static List<String> children(List<WorkItem> items) {
        return items.stream().map(WorkItem::childId).toList();
    }

    private static List<String> digestChildren(Digest digest) {
        return java.util.stream.Stream.concat(digest.newlyOverdue().stream(), digest.dueSoon().stream())
                .map(WorkItem::childId).toList();
    }

    public List<LatenessReasons.Reason> reasons() {
        return lateness.reasons();
    }

    /** Checks a lateness form (child in the user's scope, the item on the child's record, reason, note). */
    Explanation check(PromiseUser user, Map<String, String> params, boolean withReason) {
        String childId = value(params, "child");
        if (!childId.matches(CHILD_ID)) {
            return notFound();
        }
        if (!access.canView(user, childId)) {
            throw new AccessDeniedException("child " + childId + " is outside " + user.username() + "'s scope");
        }
        return checkItem(childId, params, withReason, (rule, due) -> hasItem(childId, rule, due));
    }

    /**
     * As {@link #check}, for a deadline kept elsewhere (a complaint's stage: the complaints officer's, whoever the
     * child), among that holder's {@code deadlines}.
     */
    public Explanation checkOther(String childId, List<DueItem> deadlines, Map<String, String> params,
            boolean withReason) {
        return checkItem(childId, params, withReason, (rule, due) -> deadlines.stream()
                .anyMatch(d -> d.rule() == rule && d.due().equals(due)));
    }

    private static Explanation notFound() {
        var errors = new LinkedHashMap<String, String>();
        errors.put("item", "This deadline cannot be found. Go back to your worklist and choose it again");
        return new Explanation(null, null, null, null, "", errors);
    }

    private Explanation checkItem(String childId, Map<String, String> params, boolean withReason,
            java.util.function.BiPredicate<DeadlineRule, LocalDate> exists) {
        var errors = new LinkedHashMap<String, String>();
        DeadlineRule rule = null;
        LocalDate due = null;
        try {
            rule = DeadlineRule.valueOf(value(params, "rule"));
            due = LocalDate.parse(value(params, "due"));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // reported below
        }
        if (rule == null || due == null || !exists.test(rule, due)) {
            errors.put("item", "This deadline cannot be found. Go back to your worklist and choose it again");
        }
        Integer reasonId = null;
        String note = value(params, "note");
        if (withReason) {
            reasonId = reasonId(value(params, "reason"));
            if (reasonId == null) {
                errors.put("reason", "Select a reason for lateness from the list");
            }
            if (note.length() > NOTE_LIMIT) {
                errors.put("note", "Explain in " + NOTE_LIMIT + " characters or fewer (you wrote " + note.length() + ")");
            }
        }
        return new Explanation(childId, rule, due, reasonId, note, errors);
    }

    /** Saves a checked explanation with its audit entry; returns the errors (nothing saved) if any. */
    @Transactional
    Explanation explain(PromiseUser user, Map<String, String> params) {
        return save(user, check(user, params, true));
    }

    /** Saves the reason a deadline kept elsewhere (a complaint's stage) was missed, audited against the child. */
    @Transactional
    public Explanation explainOther(PromiseUser user, String childId, List<DueItem> deadlines,
            Map<String, String> params) {
        return save(user, checkOther(childId, deadlines, params, true));
    }

    private Explanation save(PromiseUser user, Explanation e) {
        if (e.errors().isEmpty()) {
            lateness.record(e.childId(), e.rule(), e.due(), e.reasonId(), e.note(), user.username());
            audit.record(AuditLog.Action.RECORD_EVENT, e.childId(), "reason for lateness: " + e.rule() + " due "
                    + e.due() + ", reason " + e.reasonId());
        }
        return e;
    }

    /** The latest explanation of each explained item (the complaint page shows those of its stages). */
    public Map<String, LatenessExplanation> explanations() {
        return lateness.latestByItem();
    }

    Optional<ChildDueItems> child(String childId) {
        return Optional.ofNullable(council.current().children().get(childId));
    }

    private boolean hasItem(String childId, DeadlineRule rule, LocalDate due) {
        return child(childId).map(c -> c.all().stream().anyMatch(i -> i.rule() == rule && i.due().equals(due)))
                .orElse(false);
    }

    private @Nullable Integer reasonId(String text) {
        for (var r : lateness.reasons()) {
            if (String.valueOf(r.id()).equals(text)) {
                return r.id();
            }
        }
        return null;
    }

    /**
     * The user's worklist as the worklist page opens it (a case holder's own children; everything in scope for a
     * manager), for the home page. Not audited here: the caller shows it and records what it showed.
     */
    public Worklist forHome(PromiseUser user) {
        return compute(user, WorklistFilter.NONE.forUser(user.role(), user.workerId(), null));
    }

    public LocalDate day() {
        return council.today();
    }

    private Worklist compute(PromiseUser user, WorklistFilter filter) {
        return Worklist.of(council.current().all(), user.role(), access.visibleChildren(user), filter,
                lateness.latestByItem());
    }

    private static String value(Map<String, String> params, String name) {
        var v = params.get(name);
        return v == null ? "" : v.strip();
    }
}
