package org.ourpromise.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.ourpromise.ourpromise.PromiseBook;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo council's Our Promise partners and teams, their pledges and last year's evidence (some late), from its
 * own random stream. The demo account {@code partner} is the housing service.
 */
@Component
class DemoOurPromise implements SmartInitializingSingleton {

    private static final long STREAM = 0x0DE5L;

    /** Partner, kind, account, and pledges as commitment number and text. */
    private record Signed(String name, String kind, @Nullable String username, List<Pledged> pledges) {
    }

    private record Pledged(int commitment, String text) {
    }

    private static final List<Signed> PARTNERS = List.of(
            new Signed("Demo Housing Service", "Council service", "partner", List.of(
                    new Pledged(5, "Give care leavers priority for a suitable home up to age 25"),
                    new Pledged(7, "Exempt care leavers from council tax up to age 25"))),
            new Signed("Virtual School", "Council team", null, List.of(
                    new Pledged(2, "Make sure every child in care has a good personal education plan"),
                    new Pledged(6, "Tell every young person about the bursaries they can claim"))),
            new Signed("Integrated Care Board", "Partner", null, List.of(
                    new Pledged(1, "See every child for an initial health assessment within 20 working days"))),
            new Signed("Demo Police", "Partner", null, List.of(
                    new Pledged(3, "Avoid criminalising children in care for behaviour at home"),
                    new Pledged(4, "Listen to children who go missing at every return interview"))),
            new Signed("Leisure and Culture", "Council service", null, List.of(
                    new Pledged(2, "Free leisure passes for children in care and their carers"))),
            new Signed("Demo College", "Partner", null, List.of(
                    new Pledged(7, "A named contact for every care leaver who studies with us"))));

    private static final List<String> EVIDENCE = List.of(
            "We did this for every young person who asked, and reviewed it with the Children in Care Council.",
            "Young people told us it made a difference; we have changed the way we explain it.",
            "We met this for most of the year; a staffing gap in the autumn has been closed.",
            "We trained our staff and checked each case in the quarterly audit.");

    private final PromiseBook book;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean enabled;
    private final long seed;

    DemoOurPromise(PromiseBook book, TransactionTemplate transaction, Clock clock,
            @Value("${promise.demo.enabled:true}") boolean enabled, @Value("${promise.demo.seed:2026}") long seed) {
        this.book = book;
        this.transaction = transaction;
        this.clock = clock;
        this.enabled = enabled;
        this.seed = seed;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (enabled && !book.hasPartners()) {
            transaction.executeWithoutResult(s -> add(LocalDate.now(clock)));
        }
    }

    private void add(LocalDate today) {
        var random = new Random(seed ^ STREAM);
        int year = Ssda903Dates.collectionYearOf(today) - 1;
        var end = Ssda903Dates.collectionEnd(year);
        for (var p : PARTNERS) {
            long partner = book.addPartner(p.name(), p.kind(), p.username());
            // about one partner in four has not sent its evidence: the status list shows them late
            boolean sent = p.username() != null || random.nextInt(4) > 0;
            for (var pledge : p.pledges()) {
                long id = book.addPledge(partner, pledge.commitment(), pledge.text());
                if (sent) {
                    book.addEvidence(id, year, EVIDENCE.get(random.nextInt(EVIDENCE.size())),
                            end.plusDays(30 + random.nextInt(60)), p.username() == null ? "performance" : p.username());
                }
            }
        }
    }
}
