package org.ourpromise.casefile;

import org.ourpromise.lists.Sorting;
import org.ourpromise.lists.ListPage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.ChildAccess;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.children.ChildRegister;
import org.ourpromise.children.ChildRegister.RegisteredChild;
import org.ourpromise.record.ChildRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening and finding children's records: the access check, the read and the audit entry happen
 * in one transaction, so no record is shown without being logged. A change is logged once, by
 * {@link #recorded}; the record read to check it is not logged as a view as well.
 */
@Service
public class CaseFile {

    /** Restricted matches are capped: they are listed by ID only, for the few the user may need to open. */
    static final int SEARCH_LIMIT = 50;

    private final CareRecords records;
    private final ChildRegister register;
    private final ChildAccess access;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CaseFile(CareRecords records, ChildRegister register, ChildAccess access, AuditLog audit, Clock clock,
            ApplicationEventPublisher events) {
        this.records = records;
        this.register = register;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** The sort columns of search results: by name (family then given), child ID or date of birth. */
    static final Sorting<RegisteredChild> SEARCH_COLUMNS = Sorting
            .by("name", Comparator.comparing((RegisteredChild c) -> c.identity().familyName().toLowerCase(Locale.ROOT))
                    .thenComparing(c -> c.identity().givenName().toLowerCase(Locale.ROOT)))
            .and("id", Comparator.comparing(RegisteredChild::childId))
            .and("born", Comparator.comparing((RegisteredChild c) -> c.identity().dateOfBirth()));

    /** The page of matching children asked for; only the children on it are shown, so only they are audited. */
    @Transactional
    public ListPage<RegisteredChild> search(PromiseUser user, String query, @Nullable String sort,
            @Nullable String order, @Nullable String page) {
        var visible = access.visibleChildren(user);
        var all = register.searchAll(query, visible.map(List::copyOf).orElse(null));
        var shown = SEARCH_COLUMNS.page(all, sort, order, page, "/children", Map.of("q", query));
        audit.recordShown(AuditLog.Action.SEARCH, shown.items().stream().map(RegisteredChild::childId).toList(),
                "searched for \"" + query + "\": " + all.size() + " found, " + shown.first() + " to " + shown.last()
                + " shown");
        return shown;
    }

    /** Every matching child, in the order asked, for the results' CSV; all of them are audited as exported. */
    @Transactional
    public List<RegisteredChild> searchForDownload(PromiseUser user, String query, @Nullable String sort,
            @Nullable String order) {
        var visible = access.visibleChildren(user);
        var all = SEARCH_COLUMNS.sorted(register.searchAll(query, visible.map(List::copyOf).orElse(null)), sort, order);
        audit.recordShown(AuditLog.Action.EXPORT, all.stream().map(RegisteredChild::childId).toList(),
                "downloaded the search for \"" + query + "\": " + all.size() + " children");
        return all;
    }

    /**
     * Restricted records in the user's scope, not open to them, that match the search: listed as restricted, with
     * their ID only, so the user knows the record exists and may open it with a reason.
     */
    @Transactional(readOnly = true)
    public List<String> restrictedMatches(PromiseUser user, String query) {
        var restricted = access.restrictedInScope(user);
        if (restricted.isEmpty()) {
            return List.of();
        }
        return register.search(query, List.copyOf(restricted), SEARCH_LIMIT).stream().map(RegisteredChild::childId)
                .toList();
    }

    /** The child's record, if the user may see it; the view is audited. */
    @Transactional
    public ChildRecord open(PromiseUser user, String childId, String what) {
        var record = read(user, childId);
        audit.record(AuditLog.Action.VIEW_RECORD, childId, what);
        return record;
    }

    /**
     * The child's record to check a submitted form against, if the user may see it. Not audited here: the
     * change made is ({@link #recorded}), and so is the page shown after it ({@link #viewed}).
     */
    @Transactional(readOnly = true)
    public ChildRecord read(PromiseUser user, String childId) {
        if (!access.canView(user, childId)) {
            throw new AccessDeniedException("child " + childId + " is outside " + user.username() + "'s scope");
        }
        return records.load(childId).orElseThrow(() -> new ChildNotFoundException(childId));
    }

    /** A page of the child's record already read (by {@link #read}) is shown: its one audit entry. */
    @Transactional
    public void viewed(String childId, String what) {
        audit.record(AuditLog.Action.VIEW_RECORD, childId, what);
    }

    /** A download of part of the child's record (e.g. the chronology as CSV): its one audit entry. */
    @Transactional
    public void downloaded(String childId, String what) {
        audit.record(AuditLog.Action.EXPORT, childId, what);
    }

    /**
     * An event saved on the child's record, in the caller's transaction: its one audit entry, and the feature's
     * past-tense event for whoever computes from records.
     *
     * @param changed the child's record with the change made
     */
    @Transactional
    public Outcome recorded(ChildRecord changed, String summary, RecordChanged event) {
        audit.record(AuditLog.Action.RECORD_EVENT, changed.childId(), summary);
        events.publishEvent(event);
        return new Outcome(Map.of(), summary, changed);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
