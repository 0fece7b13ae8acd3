package org.ourpromise.voice;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.ourpromise.reports.BoardPeriod;
import org.ourpromise.reports.PackSection;
import org.springframework.stereotype.Component;

/** The board pack's "you said, we did" section: what was raised up to the period's end, without children's names. */
@Component
class LedgerPackSection implements PackSection.Source {

    static final int SHOWN = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final YouSaidWeDid ledger;

    LedgerPackSection(YouSaidWeDid ledger) {
        this.ledger = ledger;
    }

    @Override
    public PackSection sectionFor(BoardPeriod period) {
        var items = ledger.items().stream().filter(i -> !i.raisedOn().isAfter(period.end())).toList();
        var measure = ledger.measure();
        String intro = items.size() + (items.size() == 1 ? " point" : " points") + " raised by young people"
                + (items.size() > SHOWN ? ", the latest " + SHOWN + " shown" : "") + ". " + (measure.counted() == 0
                        ? "None is due an answer yet (the council answers within " + measure.days() + " days)."
                        : "Of those due an answer (within " + measure.days() + " days), " + measure.percentAnswered()
                                + " were answered and told back in time and " + measure.percentChanged()
                                + " changed something.");
        var rows = items.stream().limit(SHOWN).map(i -> List.of(i.raisedOn().format(DAY), i.raisedBy(), i.said(),
                i.changed() != null ? i.changed() : i.response() != null ? i.response() : "Not answered yet",
                i.toldBackOn() == null ? "Not yet" : i.toldBackOn().format(DAY), i.status())).toList();
        return new PackSection("you-said-we-did", "You said, we did", intro,
                List.of("Raised", "By", "You said", "We did", "Told back", "Where it stands"), rows,
                "Nothing has been raised yet.");
    }
}
