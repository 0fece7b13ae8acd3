package org.ourpromise.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ourpromise.leavers.ContactMethod;
import org.ourpromise.leavers.LeaverHistory;
import org.ourpromise.leavers.LeavingCareOffer;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.timescales.Birthdays;
import org.springframework.stereotype.Component;

/**
 * The demo council's leaving-care work: how each contact with a care leaver was made, the spans in which the
 * council provided their accommodation, their pathway plans (reviewed about every six months, some late), and the
 * council's monitoring of each Staying Put and Staying Close arrangement (about every three months, some late).
 * From a random stream of its own, so the rest of the council comes out the same. Shares are rough, not tuned to a
 * figure.
 */
@Component
class DemoLeavingCare {

    private static final String USER = "demo";
    private static final String[] HOUSING = {"Supported lodgings", "Semi-independent flat commissioned by the council",
        "Council leaving-care flat", "Supported accommodation with staff on site"};
    private static final String[][] GOALS = {
        {"Keep going with the college course", "Meet the college's student support officer each term"},
        {"Find a job or an apprenticeship", "Go to the careers adviser's drop-in and apply for two roles"},
        {"Move into a place of my own", "Join the housing register and visit two flats with my adviser"},
        {"Manage my money", "Set up a budget with my adviser and open a savings account"},
        {"Learn to drive", "Book the theory test with help from the driving lessons offer"},
        {"Look after my health", "Register with a GP near where I live and book a dental check-up"},
        {"See my brother more often", "Arrange a visit every month with his carers"},
        {"Cook for myself", "Do the cooking course at the youth centre"},
    };
    private static final String[] CHECKS = {"Settled; the carers and the young person are happy with the arrangement",
        "Going well; agreed to look again at the house rules about visitors",
        "Some rent arrears; the adviser will help set up a payment plan",
        "Doing well at college; the carers asked about respite, which the team will look into"};

    private final LeaverHistory history;
    private final LeavingCareOffer offer;

    DemoLeavingCare(LeaverHistory history, LeavingCareOffer offer) {
        this.history = history;
        this.offer = offer;
    }

    void add(List<ChildRecord> council, LocalDate today, long seed) {
        var random = new Random(seed ^ 0x1EA7E5L);
        for (var child : council) {
            var last = leftAfter16(child);
            if (last != null && Birthdays.age(child.dateOfBirth(), today) < 25) {
                methods(child, random);
                accommodation(child, last, today, random);
                plans(child, last, today, random);
            }
        }
        for (var a : offer.arrangements(null)) {
            monitoring(a, today, random);
        }
    }

    private static @org.jspecify.annotations.Nullable CareEpisode leftAfter16(ChildRecord child) {
        var eps = child.episodes().stream().filter(e -> !e.isShortBreak()).toList();
        if (eps.isEmpty()) {
            return null;
        }
        var last = eps.get(eps.size() - 1);
        return last.ceased() != null && !last.ceased().isBefore(Birthdays.nth(child.dateOfBirth(), 16)) ? last : null;
    }

    private void methods(ChildRecord child, Random random) {
        for (var c : child.careLeaverContacts()) {
            if (c.fromReturn() || !c.inTouch().equals("YES")) {
                continue;
            }
            double r = random.nextDouble();
            var method = r < 0.55 ? ContactMethod.IN_PERSON : r < 0.75 ? ContactMethod.PHONE
                    : r < 0.8 ? ContactMethod.VIDEO : r < 0.95 ? ContactMethod.MESSAGE : ContactMethod.EMAIL;
            history.setContactMethod(child.childId(), c.date(), method);
        }
    }

    private void accommodation(ChildRecord child, CareEpisode last, LocalDate today, Random random) {
        int age = Birthdays.age(child.dateOfBirth(), today);
        if (age < 18 || age > 21 || random.nextDouble() >= 0.35) {
            return;
        }
        var from = last.ceased();
        var until = random.nextDouble() < 0.6 ? null : from.plusDays(90 + random.nextInt(600));
        history.addAccommodation(child.childId(), from, until != null && until.isAfter(today) ? null : until,
                HOUSING[random.nextInt(HOUSING.length)], USER);
    }

    /** Versions about every six months from leaving care (or the 16th birthday), the last few kept; some late. */
    private void plans(ChildRecord child, CareEpisode last, LocalDate today, Random random) {
        int age = Birthdays.age(child.dateOfBirth(), today);
        if (age >= 21 && random.nextDouble() >= 0.3) {
            return;
        }
        var first = last.ceased().minusDays(random.nextInt(60));
        var reviews = new ArrayList<LocalDate>();
        for (var d = first; !d.isAfter(today); d = d.plusMonths(5).plusDays(random.nextInt(40))) {
            reviews.add(d);
        }
        if (reviews.size() > 1 && random.nextDouble() < 0.15) {
            reviews.remove(reviews.size() - 1); // the latest review has not happened: the plan is late
        }
        for (var on : reviews.subList(Math.max(0, reviews.size() - 3), reviews.size())) {
            var goals = new ArrayList<LeaverHistory.Goal>();
            int n = 2 + random.nextInt(2);
            int start = random.nextInt(GOALS.length);
            for (int i = 0; i < n; i++) {
                var g = GOALS[(start + i * 3) % GOALS.length];
                goals.add(new LeaverHistory.Goal(g[0], g[1], on.plusMonths(2 + random.nextInt(8))));
            }
            history.addPlanVersion(child.childId(), new LeaverHistory.PlanVersion(on,
                    "Needs help with budgeting and with finding work or training; confident travelling on their own.",
                    age >= 18 ? "Lives in their own accommodation with support from their adviser."
                            : "Stays with their carers until 18, then moves on with support.",
                    "At college or looking for work or training, with the careers adviser's help.",
                    "Registered with a GP and a dentist; knows how to get help with their emotional health.",
                    "Has a bank account; gets the leaving-care allowance and help to claim benefits when due.",
                    "Keeps in touch with family members they choose to, and with former carers.",
                    random.nextDouble() < 0.6 ? "I want to get my own place and keep going with college." : null,
                    random.nextDouble() < 0.3 ? 2 : null, goals), USER);
        }
    }

    /** A visit or check about every three months from the start while it lasts; the latest sometimes missed. */
    private void monitoring(LeavingCareOffer.StayingArrangement a, LocalDate today, Random random) {
        var end = a.ended() == null || a.ended().isAfter(today) ? today : a.ended();
        var checks = new ArrayList<LocalDate>();
        for (var d = a.started().plusDays(70 + random.nextInt(30)); !d.isAfter(end);
                d = d.plusDays(70 + random.nextInt(30))) {
            checks.add(d);
        }
        if (!checks.isEmpty() && random.nextDouble() < 0.2) {
            checks.remove(checks.size() - 1);
        }
        for (var d : checks) {
            offer.addCheck(new LeavingCareOffer.Check(0, a.id(), a.childId(), d, random.nextDouble() < 0.7 ? "VISIT"
                    : "CALL", CHECKS[random.nextInt(CHECKS.length)], USER), USER);
        }
    }
}
