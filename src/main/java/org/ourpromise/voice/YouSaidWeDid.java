package org.ourpromise.voice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The "you said, we did" ledger as anyone outside the participation service sees it: the board, and young people
 * in their own pages. No child is named: an item one young person raised says only "A young person". The owner
 * is a member of the council's staff and is named, since the point is who answers for it.
 */
@Service
public class YouSaidWeDid {

    /** One item without names of children. */
    public record Item(LocalDate raisedOn, String raisedBy, String said, String owner, @Nullable String response,
            @Nullable String changed, @Nullable LocalDate toldBackOn, String status, boolean open) {
    }

    private final LedgerStore ledger;
    private final VoiceSettings settings;
    private final Clock clock;

    YouSaidWeDid(LedgerStore ledger, VoiceSettings settings, Clock clock) {
        this.ledger = ledger;
        this.settings = settings;
        this.clock = clock;
    }

    /** Every item, newest first. */
    public List<Item> items() {
        return ledger.all().stream().map(YouSaidWeDid::withoutNames).toList();
    }

    /** The measure as at today (the time to answer is the council's {@link VoiceSettings#answerWithinDays()}). */
    public LedgerMeasure measure() {
        return LedgerMeasure.of(ledger.all(), LocalDate.now(clock), settings.answerWithinDays());
    }

    static Item withoutNames(Said s) {
        String by = s.source() == Said.Source.YOUNG_PERSON ? "A young person" : s.raisedBy();
        return new Item(s.raisedOn(), by, s.said(), s.ownerName(), s.response(), s.changed(), s.toldBackOn(),
                s.status().words(), s.open());
    }
}
