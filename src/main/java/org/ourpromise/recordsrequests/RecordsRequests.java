package org.ourpromise.recordsrequests;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.ourpromise.access.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of requests for records. Every change is audited against the child whose record is asked for;
 * the pages audit what they show. Other rooms (a young person's own pages) read a child's requests here.
 */
@Service
public class RecordsRequests {

    private final RecordsRequestRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    RecordsRequests(RecordsRequestRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public List<RecordsRequest> all() {
        return repository.all();
    }

    /** The requests not yet answered, oldest first: the records team's work. */
    @Transactional(readOnly = true)
    public List<RecordsRequest> open() {
        return repository.open();
    }

    /** A child's or young person's own requests, newest first (for pages written to them). */
    @Transactional(readOnly = true)
    public List<RecordsRequest> forChild(String childId) {
        return repository.all().stream().filter(r -> r.childId().equals(childId)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<RecordsRequest> find(long id) {
        return repository.find(id);
    }

    @Transactional(readOnly = true)
    public List<Withheld> withheld(long requestId) {
        return repository.withheld(requestId);
    }

    long log(String childId, RequestForms.NewRequest r, String username) {
        return log(childId, r.requesterName(), r.kind(), r.askedFor(), r.received(), r.identityAsked(), username);
    }

    /** Logs a request received on {@code received}; gives its number. */
    @Transactional
    public long log(String childId, String requesterName, RecordsRequest.RequesterKind kind, String askedFor,
            LocalDate received, boolean identityAsked, String username) {
        long id = repository.add(childId, requesterName, kind, askedFor, received, identityAsked, username,
                LocalDateTime.now(clock));
        audit.recordAs(username, AuditLog.Action.RECORD_EVENT, childId, "logged records request RR-" + id
                + " from " + kind.words().toLowerCase(java.util.Locale.UK));
        return id;
    }

    /** Saves progress if nobody saved since {@code version}; false, having changed nothing, if someone did. */
    @Transactional
    public boolean progress(RecordsRequest request, int version, RequestProgress p, String username) {
        if (!repository.update(request.id(), version, p, username, LocalDateTime.now(clock))) {
            return false;
        }
        audit.recordAs(username, AuditLog.Action.RECORD_EVENT, request.childId(), "updated records request "
                + request.reference() + (p.sent() != null ? ": sent " + p.sent() : "")
                + (p.extensionMonths() > 0 ? ": extended by " + p.extensionMonths() + " month(s)" : ""));
        return true;
    }

    @Transactional
    public void withhold(RecordsRequest request, RequestForms.NewWithheld w, String username) {
        repository.addWithheld(request.id(), w.what(), w.exemption(), w.why(), username, LocalDateTime.now(clock));
        audit.recordAs(username, AuditLog.Action.RECORD_EVENT, request.childId(), "recorded information withheld from "
                + request.reference() + " (" + w.exemption().name().toLowerCase(java.util.Locale.UK) + ")");
    }
}
