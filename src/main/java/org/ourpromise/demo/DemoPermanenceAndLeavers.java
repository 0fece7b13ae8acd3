package org.ourpromise.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.ourpromise.entitlements.Claim;
import org.ourpromise.entitlements.Entitlement;
import org.ourpromise.entitlements.EntitlementRules;
import org.ourpromise.entitlements.EntitlementStore;
import org.ourpromise.leavers.EntitlementBasis;
import org.ourpromise.leavers.LeavingCareEntitlement;
import org.ourpromise.leavers.LeavingCareOffer;
import org.ourpromise.permanence.Achievement;
import org.ourpromise.permanence.PanelDecision;
import org.ourpromise.permanence.PermanenceOption;
import org.ourpromise.permanence.PermanenceStore;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.risk.RiskLevel;
import org.ourpromise.risk.RiskRegister;
import org.ourpromise.timescales.Birthdays;
import org.springframework.stereotype.Component;

/**
 * Permanence plans and Permanence Panel decisions, achieved permanence, Staying Put and Staying Close, the basis
 * of care leavers' entitlements, claims against the local offer and exploitation risk for the demo council, from
 * a random stream of their own (so the council itself comes out the same). Shares are rough, not tuned to a figure.
 */
@Component
class DemoPermanenceAndLeavers {

    private static final String USER = "demo";
    private static final String CHAIR = "Head of Service, Children in Care";

    private final PermanenceStore permanence;
    private final LeavingCareOffer offer;
    private final EntitlementStore entitlements;
    private final RiskRegister risk;
    private final DemoLeavingCare leavingCare;

    DemoPermanenceAndLeavers(PermanenceStore permanence, LeavingCareOffer offer, EntitlementStore entitlements,
            RiskRegister risk, DemoLeavingCare leavingCare) {
        this.leavingCare = leavingCare;
        this.permanence = permanence;
        this.offer = offer;
        this.entitlements = entitlements;
        this.risk = risk;
    }

    void add(List<ChildRecord> council, LocalDate today, long seed) {
        var random = new Random(seed ^ 0x9E12A1L);
        var panels = panels(today);
        for (var child : council) {
            var open = openEpisode(child, today);
            if (open != null) {
                plan(child, open, today, random, panels);
                risk(child, today, random);
                claims(child, today, random, true);
            } else if (left(child) != null) {
                leaver(child, today, random);
            }
        }
        entitlements.publish(new EntitlementStore.LocalOffer(today.minusMonths(7).withDayOfMonth(1),
                today.minusMonths(9).withDayOfMonth(15), today.minusMonths(7).withDayOfMonth(1).plusYears(1),
                "Our offer to children in care and care leavers: money for hobbies and trips, free swimming, a laptop"
                        + " for study, help to learn to drive, council tax exemption where the district grants it,"
                        + " and a personal adviser to 25."), USER);
        leavingCare.add(council, today, seed);
    }

    /** A panel on the second Wednesday of each month for two years before today and two months after. */
    private List<PermanenceStore.Panel> panels(LocalDate today) {
        var out = new ArrayList<PermanenceStore.Panel>();
        for (var m = today.minusYears(2).withDayOfMonth(1); m.isBefore(today.plusMonths(2)); m = m.plusMonths(1)) {
            var day = m.with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.WEDNESDAY));
            out.add(new PermanenceStore.Panel(permanence.addPanel(day, CHAIR, USER), day, CHAIR, 0));
        }
        return out;
    }

    private void plan(ChildRecord child, CareEpisode open, LocalDate today, Random random,
            List<PermanenceStore.Panel> panels) {
        var start = periodStart(child, open);
        if (random.nextDouble() >= 0.8) {
            return;
        }
        var setOn = start.plusDays(42 + random.nextInt(240));
        if (setOn.isAfter(today)) {
            return;
        }
        var option = option(child, open, today, random);
        LocalDate achieved = null;
        Achievement how = null;
        var candidate = setOn.plusDays(90 + random.nextInt(540));
        if (!candidate.isAfter(today) && random.nextDouble() < 0.45 && option != PermanenceOption.RETURN_HOME) {
            achieved = candidate;
            how = option == PermanenceOption.LONG_TERM_FOSTERING || option == PermanenceOption.FAMILY_AND_FRIENDS
                    ? Achievement.MATCH_RATIFIED : option == PermanenceOption.RESIDENTIAL
                    || option == PermanenceOption.INDEPENDENT_LIVING ? Achievement.MOVED_TO_PLANNED_HOME
                    : Achievement.ORDER_MADE;
        }
        permanence.addPlan(child.childId(), option, setOn, achieved, how, USER);
        if (option == PermanenceOption.LONG_TERM_FOSTERING || option == PermanenceOption.FAMILY_AND_FRIENDS) {
            present(child.childId(), setOn.plusDays(28 + random.nextInt(120)), today, random, panels);
        }
    }

    private void present(String childId, LocalDate after, LocalDate today, Random random,
            List<PermanenceStore.Panel> panels) {
        if (random.nextDouble() >= 0.7) {
            return;
        }
        for (var p : panels) {
            if (!p.meetsOn().isBefore(after)) {
                permanence.present(p.id(), childId);
                if (!p.meetsOn().isAfter(today)) {
                    double r = random.nextDouble();
                    var d = r < 0.75 ? PanelDecision.AGREED : r < 0.87 ? PanelDecision.DEFERRED : PanelDecision.NOT_AGREED;
                    permanence.decide(p.id(), childId, d, null, 0);
                }
                return;
            }
        }
    }

    private static PermanenceOption option(ChildRecord child, CareEpisode open, LocalDate today, Random random) {
        int age = Birthdays.age(child.dateOfBirth(), today);
        if (open.legalStatus().equals("E1")) {
            return PermanenceOption.ADOPTION;
        }
        if (age >= 16) {
            return random.nextBoolean() ? PermanenceOption.INDEPENDENT_LIVING : PermanenceOption.LONG_TERM_FOSTERING;
        }
        if (open.placement().startsWith("K") || open.placement().startsWith("R")) {
            return PermanenceOption.RESIDENTIAL;
        }
        double r = random.nextDouble();
        return r < 0.45 ? PermanenceOption.LONG_TERM_FOSTERING : r < 0.6 ? PermanenceOption.FAMILY_AND_FRIENDS
                : r < 0.72 ? PermanenceOption.SPECIAL_GUARDIANSHIP : r < 0.8 ? PermanenceOption.CHILD_ARRANGEMENTS
                : PermanenceOption.RETURN_HOME;
    }

    private void leaver(ChildRecord child, LocalDate today, Random random) {
        int age = Birthdays.age(child.dateOfBirth(), today);
        var eighteenth = Birthdays.nth(child.dateOfBirth(), 18);
        var last = left(child);
        boolean fromFoster = last.placement().startsWith("U");
        if (age >= 18 && age <= 21 && !last.ceased().isBefore(eighteenth.minusDays(7)) && random.nextDouble() < 0.3) {
            var ends = Birthdays.nth(child.dateOfBirth(), 21);
            var ended = random.nextDouble() < 0.3 ? eighteenth.plusDays(120 + random.nextInt(600)) : ends;
            offer.addArrangement(new LeavingCareOffer.StayingArrangement(0, child.childId(),
                    fromFoster ? LeavingCareOffer.Kind.STAYING_PUT : LeavingCareOffer.Kind.STAYING_CLOSE,
                    fromFoster ? "Former foster carers" : "Staying Close provider", last.ceased(),
                    ended.isAfter(today) ? null : ended, money(random, 220, 420), fromFoster ? money(random, 90, 200)
                    : BigDecimal.ZERO, null, monitoredLater(random), 0), USER);
        }
        if (age >= 20 && age <= 24 && random.nextDouble() < 0.35) {
            var basis = random.nextDouble() < 0.7 ? EntitlementBasis.ON_REQUEST_TO_25 : EntitlementBasis.EDUCATION_PROGRAMME;
            var programmeEnds = basis == EntitlementBasis.EDUCATION_PROGRAMME
                    ? LocalDate.of(today.getYear() + 1 + random.nextInt(2), 7, 31) : null;
            offer.saveEntitlement(child.childId(), new LeavingCareEntitlement(basis,
                    Birthdays.nth(child.dateOfBirth(), 21).minusDays(random.nextInt(60)), programmeEnds, null, 0), true, USER);
        }
        if (age < 25) {
            claims(child, today, random, false);
        }
    }

    /** The draw that once gave the last monitored day (kept so the stream after it is unchanged): monitoring is now
     * recorded visit by visit (DemoLeavingCare), which sets the day. */
    private static @Nullable LocalDate monitoredLater(Random random) {
        random.nextInt(120);
        return null;
    }

    /** A claim or two against what the young person is eligible for this year, within what is left. */
    private void claims(ChildRecord child, LocalDate today, Random random, boolean inCare) {
        int age = Birthdays.age(child.dateOfBirth(), today);
        var made = new ArrayList<Claim>();
        for (var e : entitlements.entitlements()) {
            if (EntitlementRules.ineligible(e, age, inCare, !inCare) != null || random.nextDouble() >= 0.25) {
                continue;
            }
            var on = today.minusDays(random.nextInt(200));
            var left = EntitlementRules.leftFor(e, made, on);
            var amount = e.unit() == Entitlement.Unit.POUNDS ? money(random, 20, left.intValue()) : BigDecimal.ONE;
            if (left.signum() <= 0 || amount.compareTo(left) > 0) {
                continue;
            }
            double r = random.nextDouble();
            var status = r < 0.6 ? Claim.Status.PAID : r < 0.8 ? Claim.Status.APPROVED : r < 0.92 ? Claim.Status.REQUESTED
                    : Claim.Status.REFUSED;
            var claim = new Claim(0, e.id(), child.childId(), on, amount, "Demo claim", status,
                    status == Claim.Status.REQUESTED ? null : on.plusDays(random.nextInt(10)),
                    status == Claim.Status.REFUSED ? "Covered by the placement allowance" : null, 0);
            entitlements.addClaim(claim, USER);
            made.add(claim);
        }
    }

    private void risk(ChildRecord child, LocalDate today, Random random) {
        int age = Birthdays.age(child.dateOfBirth(), today);
        if (age < 11) {
            return;
        }
        for (var kind : List.of("CSE", "CCE")) {
            if (random.nextDouble() >= 0.1) {
                continue;
            }
            double r = random.nextDouble();
            var level = r < 0.2 ? RiskLevel.NONE : r < 0.55 ? RiskLevel.LOW : r < 0.85 ? RiskLevel.MEDIUM : RiskLevel.HIGH;
            var on = today.minusDays(random.nextInt(300));
            risk.assess(new RiskRegister.Assessment(child.childId(), kind, level, on, "Exploitation hub",
                    level.ordinal() >= RiskLevel.MEDIUM.ordinal() ? "HUB" : null), USER);
            if (level == RiskLevel.HIGH && random.nextBoolean()) {
                risk.addMembership(child.childId(), "CHILDREN_IN_CARE", on.plusDays(14), "Disruption plan; safety plan"
                        + " reviewed monthly", USER);
            }
        }
    }

    private static BigDecimal money(Random random, int from, int to) {
        return BigDecimal.valueOf(from + random.nextInt(Math.max(1, to - from + 1)));
    }

    private static @Nullable CareEpisode openEpisode(ChildRecord child, LocalDate today) {
        return child.episodes().stream().filter(e -> !e.isShortBreak() && e.isOpenAt(today)).findFirst().orElse(null);
    }

    private static @Nullable CareEpisode left(ChildRecord child) {
        var eps = child.episodes().stream().filter(e -> !e.isShortBreak()).toList();
        if (eps.isEmpty() || eps.get(eps.size() - 1).ceased() == null) {
            return null;
        }
        return eps.get(eps.size() - 1);
    }

    private static LocalDate periodStart(ChildRecord child, CareEpisode open) {
        var start = open.started();
        for (var e : child.episodes()) {
            if (!e.isShortBreak() && e.ceased() != null && e.ceased().equals(start)) {
                start = e.started();
            }
        }
        return start;
    }
}
