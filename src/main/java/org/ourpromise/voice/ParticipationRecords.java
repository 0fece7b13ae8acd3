package org.ourpromise.voice;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Adds "you said, we did" items from outside the room's pages: the demo council, and imports later. */
@Service
public class ParticipationRecords {

    /** An answered item: the response, what changed (null: nothing did), and the day the young people were told. */
    public record Answer(String response, @Nullable String changed, LocalDate toldBackOn, boolean didChange) {
    }

    private final LedgerStore ledger;

    ParticipationRecords(LedgerStore ledger) {
        this.ledger = ledger;
    }

    /** One item raised by a group, a consultation or a young person (exactly one given), owned by {@code owner}. */
    public long addDemoItem(LocalDate raisedOn, @Nullable Long groupId, @Nullable Long consultationId,
            @Nullable String childId, String said, String owner, @Nullable Answer answer, LocalDateTime at) {
        var source = groupId != null ? Said.Source.GROUP : consultationId != null ? Said.Source.CONSULTATION
                : Said.Source.YOUNG_PERSON;
        var status = answer == null ? Said.Status.OPEN : answer.didChange() ? Said.Status.CHANGED
                : Said.Status.NOT_CHANGED;
        return ledger.add(new Said(0, raisedOn, source, groupId, consultationId, childId, "", said, owner, "",
                answer == null ? null : answer.response(), answer == null ? null : answer.changed(),
                answer == null ? null : answer.toldBackOn(), status, 0), "participation", at);
    }
}
