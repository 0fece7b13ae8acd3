package org.ourpromise.mypromise;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The requests for their records that young people make from their own pages, for the register of subject access
 * requests to pick up (that register is built in another room; it reads these here and records the rest: identity
 * checked, due, sent). Read-only: the request stays as the young person made it.
 */
@Service
public class AskedForRecords {

    /** One request: whose, what they asked for in their words, how they want it sent, and when they asked. */
    public record Request(long id, String childId, String what, String howToSend, LocalDateTime requestedAt) {
    }

    private final MyPromiseRepository repository;

    AskedForRecords(MyPromiseRepository repository) {
        this.repository = repository;
    }

    /** Every request, newest first; or one child's when {@code childId} is given. */
    public List<Request> all(@Nullable String childId) {
        return repository.recordsRequests(childId);
    }
}
