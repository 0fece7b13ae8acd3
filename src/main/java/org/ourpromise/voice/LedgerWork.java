package org.ourpromise.voice;

import java.time.LocalDate;
import java.util.List;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.worklists.OtherWork;
import org.springframework.stereotype.Component;

/**
 * On a member of staff's worklist: each open "you said, we did" item they own, due the day the council's time to
 * answer runs out. No child is named: an item one young person raised is about the service, not their record.
 */
@Component
class LedgerWork implements OtherWork {

    private final LedgerStore ledger;
    private final VoiceSettings settings;

    LedgerWork(LedgerStore ledger, VoiceSettings settings) {
        this.ledger = ledger;
        this.settings = settings;
    }

    @Override
    public List<Item> itemsFor(PromiseUser user, LocalDate today) {
        if (user.workerId() == null) {
            return List.of();
        }
        return ledger.openOwnedBy(user.workerId()).stream().map(s -> new Item("",
                "You said, we did: answer and tell the young people back: " + shortened(s.said()),
                s.due(settings.answerWithinDays()), "/voice/you-said-we-did/" + s.id())).toList();
    }

    private static String shortened(String said) {
        return said.length() <= 80 ? said : said.substring(0, 79) + "…";
    }
}
