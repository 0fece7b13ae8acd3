package org.ourpromise.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.ourpromise.permanence.PermanenceOrder;
import org.ourpromise.permanence.PermanenceOrders;
import org.ourpromise.permanence.PostOrderSupport;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.risk.PlacedHere;
import org.ourpromise.risk.RepeatMissing;
import org.ourpromise.risk.RiskRegister;
import org.ourpromise.risk.YouthJustice;
import org.ourpromise.risk.YouthJusticeAndPlacedHere;
import org.ourpromise.timescales.Birthdays;
import org.springframework.stereotype.Component;

/**
 * Special guardianship and child arrangements orders (for the children the simulation took out of care by one),
 * their allowances and the support after them; youth justice, missing panel reviews for children missing
 * repeatedly, and other councils' children placed here, for the demo council, from a random stream of their own.
 * Shares are rough, not tuned to a figure.
 */
@Component
class DemoChildrenAtRiskAndOrders {

    private static final String USER = "demo";
    private static final long STREAM = 0x5A6E0A75L;
    private static final List<String> COUNCILS = List.of("Nottingham City Council", "Derby City Council",
            "Northamptonshire County Council", "Warwickshire County Council", "Birmingham City Council",
            "Lincolnshire County Council", "Rutland County Council");
    private static final List<String> TOWNS = List.of("Loughborough", "Hinckley", "Coalville", "Melton Mowbray",
            "Market Harborough", "Wigston");
    private static final List<String> ORDERS = List.of("Referral order", "Youth rehabilitation order",
            "Youth conditional caution", "Reparation order");

    private final PermanenceOrders orders;
    private final YouthJusticeAndPlacedHere youthJustice;
    private final RiskRegister risk;

    DemoChildrenAtRiskAndOrders(PermanenceOrders orders, YouthJusticeAndPlacedHere youthJustice, RiskRegister risk) {
        this.orders = orders;
        this.youthJustice = youthJustice;
        this.risk = risk;
    }

    void add(List<ChildRecord> council, LocalDate today, long seed) {
        var random = new Random(seed ^ STREAM);
        var repeat = new RepeatMissing(3, 90);
        for (var child : council) {
            var last = lastEnded(child);
            if (last != null && last.reasonCeased() != null) {
                switch (last.reasonCeased()) {
                    case "E45", "E46" -> order(child, PermanenceOrder.Kind.SGO, last.ceased(), today, random);
                    case "E41" -> order(child, PermanenceOrder.Kind.CAO, last.ceased(), today, random);
                    default -> { }
                }
            }
            int age = Birthdays.age(child.dateOfBirth(), today);
            if (age >= 12 && age <= 17 && random.nextDouble() < 0.04) {
                youthJustice(child, today, random);
            }
            if (repeat.meets(child.missing(), today) && random.nextDouble() < 0.6) {
                var on = repeat.windowStart(today).plusDays(random.nextInt(repeat.days()));
                risk.missingPanelReview(child.childId(), on, "Safety plan reviewed; return interviews to be offered"
                        + " within 72 hours", USER);
            }
        }
        placedHere(Math.max(5, council.size() / 40), today, random);
    }

    private void order(ChildRecord child, PermanenceOrder.Kind kind, LocalDate made, LocalDate today, Random random) {
        boolean sgo = kind == PermanenceOrder.Kind.SGO;
        var assessed = sgo ? made.minusDays(60 + random.nextInt(90)) : null;
        var planOn = sgo ? assessed.plusDays(random.nextInt(30)) : null;
        boolean allowance = random.nextDouble() < (sgo ? 0.7 : 0.35);
        var to = allowance && random.nextDouble() < 0.3 ? made.plusDays(365 + random.nextInt(900)) : null;
        orders.add(new PermanenceOrder(0, child.childId(), kind, sgo ? "Special guardians (family members)"
                : "Relatives named in the order", assessed, planOn, sgo ? "Allowance reviewed each year; respite;"
                        + " support group; help with family time" : null, made,
                allowance ? BigDecimal.valueOf(120 + random.nextInt(140)) : null, allowance ? made : null,
                to != null && to.isAfter(today) ? null : to, 0), USER);
        var saved = orders.order(child.childId()).orElseThrow();
        var on = made;
        for (int i = random.nextInt(4); i > 0; i--) {
            on = on.plusDays(60 + random.nextInt(300));
            if (on.isAfter(today)) {
                return;
            }
            boolean review = random.nextBoolean();
            orders.addSupport(new PostOrderSupport(0, saved.id(), child.childId(), review ? PostOrderSupport.Kind.REVIEW
                    : PostOrderSupport.Kind.REQUEST, on, review ? "Support plan reviewed with the guardians"
                    : "Asked for help with the child's behaviour at school", review ? "Plan continues" : null,
                    review ? on.plusYears(1) : null), USER);
        }
    }

    private void youthJustice(ChildRecord child, LocalDate today, Random random) {
        var tenth = Birthdays.nth(child.dateOfBirth(), 10);
        var started = today.minusDays(random.nextInt(600));
        if (started.isBefore(tenth)) {
            started = tenth;
        }
        double r = random.nextDouble();
        var kind = r < 0.75 ? YouthJustice.Kind.ORDER : r < 0.92 ? YouthJustice.Kind.REMAND : YouthJustice.Kind.CUSTODY;
        var ended = started.plusDays(kind == YouthJustice.Kind.ORDER ? 180 + random.nextInt(270) : 14 + random.nextInt(90));
        youthJustice.addYouthJustice(new YouthJustice(0, child.childId(), "Youth offending service worker " + (1
                + random.nextInt(6)), kind, kind == YouthJustice.Kind.ORDER ? ORDERS.get(random.nextInt(ORDERS.size()))
                : kind == YouthJustice.Kind.REMAND ? "Remand to local authority accommodation"
                : "Detention and training order", started, ended.isAfter(today) ? null : ended, 0), USER);
    }

    private void placedHere(int count, LocalDate today, Random random) {
        for (int i = 0; i < count; i++) {
            var placed = today.minusDays(random.nextInt(1500));
            var notified = random.nextDouble() < 0.8 ? placed.minusDays(random.nextInt(10)) : null;
            var ended = random.nextBoolean() ? placed.plusDays(30 + random.nextInt(700)) : null;
            youthJustice.addPlacedHere(new PlacedHere(0, "OLA-" + (1000 + i), COUNCILS.get(random.nextInt(COUNCILS.size())),
                    (random.nextBoolean() ? "Private children's home, " : "Independent fostering agency carers, ")
                            + TOWNS.get(random.nextInt(TOWNS.size())), placed, notified,
                    ended == null || ended.isAfter(today) ? null : ended, 0), USER);
        }
    }

    private static @Nullable CareEpisode lastEnded(ChildRecord child) {
        var eps = child.episodes().stream().filter(e -> !e.isShortBreak()).toList();
        if (eps.isEmpty() || eps.get(eps.size() - 1).ceased() == null) {
            return null;
        }
        return eps.get(eps.size() - 1);
    }
}
