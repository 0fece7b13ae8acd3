package org.ourpromise.demo.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.AdoptionDecision;
import org.ourpromise.record.AdoptionOrder;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.Allocation.Role;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.CareLeaverContact;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.DeprivationOfLiberty;
import org.ourpromise.record.EducationEvent;
import org.ourpromise.record.HealthEvent;
import org.ourpromise.record.Identity;
import org.ourpromise.record.MissingEpisode;
import org.ourpromise.record.PlanEvent;
import org.ourpromise.record.PreviousPermanence;
import org.ourpromise.record.ReviewHeld;
import org.ourpromise.record.Visit;

/** The second pass: the full record of one kept child, from their outline, as known at {@code asAt}. */
final class ChildLife {

    /** Deprivation of Liberty Orders are returned from 2026-27 (DOMAIN.md §1.6). */
    private static final LocalDate DOLO_FROM = LocalDate.of(2026, 4, 1);

    private ChildLife() {
    }

    static ChildRecord record(String childId, ChildOutline child, LocalDate asAt, Workforce workforce) {
        var drawn = new Drawn(child, asAt);
        var chance = drawn.chance;
        boolean shortBreaks = child.periods().stream().allMatch(PeriodOutline::isShortBreak);
        boolean disabled = shortBreaks || chance.percent(0.08);
        String home = child.uasc() ? null : Identifiers.homePostcode(chance);
        double missingPropensity = chance.percent(0.75) ? 0.05 : chance.exponentialDays(70) / 10.0;
        var periodEpisodes = episodesAndWorkers(drawn, home, workforce);
        for (int i = 0; i < child.periods().size(); i++) {
            var p = child.periods().get(i);
            if (!p.isShortBreak()) {
                periodOfCare(drawn, p, periodEpisodes.get(i), disabled, missingPropensity);
            }
        }
        var contacts = new ArrayList<CareLeaverContact>();
        careLeaver(chance, child, asAt, workforce, contacts, drawn.allocations, drawn.plans);
        drawn.plans.sort(Comparator.comparing(PlanEvent::date));
        drawn.health.sort(Comparator.comparing(HealthEvent::date));
        drawn.education.sort(Comparator.comparing(EducationEvent::date));
        var episodes = drawn.episodes;
        return new ChildRecord(childId, identity(chance, childId, child, disabled, asAt), uascUntil(child, asAt), episodes,
                drawn.reviews, drawn.health, drawn.missing, contacts, adoptionDecisions(child),
                adoption(chance, child, episodes), previousPermanence(chance, child), drawn.allocations, drawn.education,
                drawn.dols, drawn.visits, drawn.plans);
    }

    /** A child's record as it is drawn: its random streams and the events drawn so far. */
    private static final class Drawn {
        final ChildOutline child;
        final LocalDate asAt;
        final Chance chance;
        /** The facts about visits draw from their own stream, so adding them left every other draw as it was. */
        final Chance arrangements;
        /** The IRO's midway checks draw from their own stream too: they feed no return field. */
        final Chance oversight;
        final List<CareEpisode> episodes = new ArrayList<>();
        final List<ReviewHeld> reviews = new ArrayList<>();
        final List<HealthEvent> health = new ArrayList<>();
        final List<MissingEpisode> missing = new ArrayList<>();
        final List<PlanEvent> plans = new ArrayList<>();
        final List<EducationEvent> education = new ArrayList<>();
        final List<Visit> visits = new ArrayList<>();
        final List<DeprivationOfLiberty> dols = new ArrayList<>();
        final List<Allocation> allocations = new ArrayList<>();

        Drawn(ChildOutline child, LocalDate asAt) {
            this.child = child;
            this.asAt = asAt;
            this.chance = new Chance(child.detailSeed());
            this.arrangements = new Chance(~child.detailSeed());
            this.oversight = new Chance(Long.rotateLeft(child.detailSeed(), 17) ^ 0x1D0L);
        }
    }

    /**
     * Every period's episodes, and the social workers and IROs allocated over them; returns the episodes of
     * each period, in the order of the periods.
     */
    private static List<List<CareEpisode>> episodesAndWorkers(Drawn drawn, @Nullable String home, Workforce workforce) {
        var chance = drawn.chance;
        var child = drawn.child;
        var asAt = drawn.asAt;
        var careSpans = new ArrayList<LocalDate[]>();
        var reviewSpans = new ArrayList<LocalDate[]>();
        var periodEpisodes = new ArrayList<List<CareEpisode>>();
        LocalDate previousEnd = child.dateOfBirth();
        for (var p : child.periods()) {
            var eps = EpisodeChain.episodes(chance, child, p, home, asAt);
            periodEpisodes.add(eps);
            drawn.episodes.addAll(eps);
            careSpans.add(new LocalDate[] {knownFrom(chance, child, p, previousEnd), p.ceased(), asAt});
            previousEnd = p.ceased() == null ? asAt : p.ceased();
            if (!p.isShortBreak()) {
                reviewSpans.add(new LocalDate[] {p.started().plusDays(chance.between(0, 5)), p.ceased(), asAt});
            }
        }
        drawn.allocations.addAll(workforce.allocate(chance, Role.SOCIAL_WORKER, careSpans, 420));
        reviewSpans.removeIf(s -> s[1] != null && !s[0].isBefore(s[1]) || s[0].isAfter(asAt));
        drawn.allocations.addAll(workforce.allocate(chance, Role.INDEPENDENT_REVIEWING_OFFICER, reviewSpans, 900));
        return periodEpisodes;
    }

    /** The reviews, plans, visits, education, health, missing episodes and DoLs of one period of care. */
    private static void periodOfCare(Drawn drawn, PeriodOutline p, List<CareEpisode> eps, boolean disabled,
            double missingPropensity) {
        var chance = drawn.chance;
        var child = drawn.child;
        var asAt = drawn.asAt;
        LocalDate end = p.ceased() != null ? p.ceased() : asAt.plusDays(1);
        var periodReviews = new ArrayList<ReviewHeld>();
        CareEvents.reviews(chance, child.dateOfBirth(), p.started(), end, asAt, periodReviews);
        drawn.reviews.addAll(periodReviews);
        var facts = new ArrayList<PlanEvent>();
        VisitPlans.period(drawn.arrangements, child.dateOfBirth(), eps, end, asAt, facts);
        facts.sort(Comparator.comparing(PlanEvent::date));
        drawn.plans.addAll(facts);
        int age = OutlineSimulator.age(child.dateOfBirth(), p.started());
        LocalDate firstReview = periodReviews.isEmpty() ? null : periodReviews.get(0).date();
        // Visits are drawn as if there were no such facts, so the rest of the record (and the return
        // derived from it) stays what it was; where there are, those are replaced by visits that follow
        // them, drawn from the facts' own stream.
        CareEvents.visits(chance, eps, end, asAt, age, drawn.allocations, List.of(), firstReview,
                facts.isEmpty() ? drawn.visits : new ArrayList<>());
        if (!facts.isEmpty()) {
            CareEvents.visits(drawn.arrangements, eps, end, asAt, age, drawn.allocations, facts, firstReview,
                    drawn.visits);
        }
        CareEvents.plans(chance, eps, periodReviews, asAt, drawn.plans);
        CareEvents.midwayChecks(drawn.oversight, periodReviews, end, asAt, drawn.plans);
        CareEvents.education(chance, eps, child.dateOfBirth(), end, asAt, drawn.education);
        HealthHistory.period(chance, child.dateOfBirth(), disabled, p.started(), end, asAt, drawn.health);
        MissingHistory.period(chance, missingPropensity, child.dateOfBirth(), eps, end, asAt, drawn.missing);
        deprivationOfLiberty(chance, child, eps, end, asAt, drawn.dols);
    }

    /**
     * When the child's social worker was first allocated for this period of care. Most children who
     * come into care were already known to children's social care (a child in need or child protection
     * plan, an assessment), so their social worker was allocated weeks or months before; unaccompanied
     * children, short breaks and some emergencies are first contacts on the day. Never before birth
     * nor before the previous period ended. The 903 asks for these episodes (rule SW12).
     */
    private static LocalDate knownFrom(Chance chance, ChildOutline child, PeriodOutline p, LocalDate previousEnd) {
        if (child.uasc() || p.isShortBreak() || !chance.percent(0.7)) {
            return p.started();
        }
        LocalDate known = p.started().minusDays(Math.min(730, chance.exponentialDays(120)));
        LocalDate earliest = previousEnd.isAfter(child.dateOfBirth()) ? previousEnd.plusDays(1) : child.dateOfBirth();
        return known.isBefore(earliest) ? (earliest.isAfter(p.started()) ? p.started() : earliest) : known;
    }

    private static void careLeaver(Chance chance, ChildOutline child, LocalDate asAt, Workforce workforce,
            List<CareLeaverContact> contacts, List<Allocation> allocations, List<PlanEvent> plans) {
        var last = ReturnScope.careLeaverPeriod(child, asAt);
        if (last == null) {
            return;
        }
        LeavingCare.contacts(chance, child, last.ceased(), last.reasonCeased(), asAt, contacts);
        LocalDate until = child.birthday(Math.max(21, child.supportUntilAge()) + 1);
        var span = new LocalDate[] {last.ceased(), until.isAfter(asAt) ? null : until, asAt};
        allocations.addAll(workforce.allocate(chance, Role.PERSONAL_ADVISER, List.<LocalDate[]>of(span), 540));
        CareEvents.pathwayPlans(chance, child.birthday(16), last.started(), child.birthday(21), asAt, plans);
    }

    private static Identity identity(Chance chance, String childId, ChildOutline child, boolean disabled, LocalDate asAt) {
        String given = Names.given(chance, child.sex(), child.ethnicity(), child.uasc());
        String family = Names.family(chance, child.ethnicity(), child.uasc());
        String nhs = chance.percent(child.uasc() ? 0.75 : 0.97) ? Identifiers.nhsNumber(chance) : null;
        // Child ids are C and the child's number (CouncilSimulation): the number keeps UPNs unique.
        String upn = Identifiers.upn(chance, child.dateOfBirth(), child.uasc(), asAt, Integer.parseInt(childId.substring(1)));
        // Every girl's record says whether she is a mother (903 MOTHER, rule 393): "no" for the young ones.
        Boolean mother = null;
        LocalDate childsBirth = null;
        if (child.sex().equals("F")) {
            mother = false;
            LocalDate sixteen = child.birthday(16);
            if (!sixteen.isAfter(asAt) && chance.percent(0.04)) {
                LocalDate born = chance.dayBetween(sixteen, asAt.isBefore(child.birthday(19)) ? asAt : child.birthday(19));
                mother = true;
                childsBirth = born;
            }
        }
        return new Identity(given, family, child.dateOfBirth(), child.sex(), child.ethnicity(), upn, nhs, mother,
                childsBirth, disabled);
    }

    /** UASC status ends at 18 at the latest (V903 rule 304), or when care ends on an age assessment. */
    private static @Nullable LocalDate uascUntil(ChildOutline child, LocalDate asAt) {
        if (!child.uasc()) {
            return null;
        }
        for (var p : child.periods()) {
            if ("E15".equals(p.reasonCeased())) {
                return p.ceased();
            }
        }
        LocalDate adult = child.birthday(18);
        return adult.isAfter(asAt) ? ChildRecord.UASC_ONGOING : adult;
    }

    private static List<AdoptionDecision> adoptionDecisions(ChildOutline child) {
        var out = new ArrayList<AdoptionDecision>();
        for (var p : child.periods()) {
            if (p.adoption() != null) {
                out.add(new AdoptionDecision(p.adoption().decided(), p.adoption().reversed(), p.adoption().reversalReason()));
            }
        }
        return out;
    }

    /** AD1: adopters' number, sex and legal status agree (V903 rules 511–524, DOMAIN.md §1.4.12). */
    private static @Nullable AdoptionOrder adoption(Chance chance, ChildOutline child, List<CareEpisode> episodes) {
        for (var p : child.periods()) {
            if (p.adoption() != null && ("E11".equals(p.reasonCeased()) || "E12".equals(p.reasonCeased()))) {
                boolean couple = chance.percent(0.8);
                String sex = couple ? chance.weighted("MF", 85, "FF", 8, "MM", 7) : chance.weighted("F1", 85, "M1", 15);
                String status = !couple ? "L0" : sex.equals("MF") ? chance.weighted("L11", 70, "L3", 30)
                        : chance.weighted("L12", 40, "L2", 35, "L4", 25);
                return new AdoptionOrder(p.adoption().decided(), p.adoption().matched(), p.adoption().withCurrentFosterCarer(),
                        couple ? "2" : "1", sex, status);
            }
        }
        return null;
    }

    /**
     * Every child who starts care has a previous permanence answer (903 PrevPerm, V903 rule 630). An
     * adoption, special guardianship or child arrangements order takes months of proceedings, so a
     * child who comes into care in their first year has had none (rule 632: the order is before care).
     */
    private static PreviousPermanence previousPermanence(Chance chance, ChildOutline child) {
        String option = chance.weighted("Z1", 82, "P4", 7, "P2", 5, "P3", 4, "P1", 2);
        LocalDate before = child.periods().isEmpty() ? child.dateOfBirth() : child.periods().get(0).started();
        if (option.equals("Z1") || option.equals("P4") || before.isBefore(child.birthday(1))) {
            return new PreviousPermanence(option.equals("P4") ? option : "Z1", "", "");
        }
        LocalDate order = chance.dayBetween(child.dateOfBirth().plusDays(60), before.minusDays(30));
        String la = chance.percent(0.7) ? String.valueOf(Identifiers.LA_NUMBER) : chance.oneOf("855", "856", "857", "892", "891", "WAL");
        String date = chance.percent(0.2) ? "zz/zz/" + order.getYear() : org.ourpromise.returns.Ssda903Dates.format(order);
        return new PreviousPermanence(option, la, date);
    }

    /** A few teenagers in children's homes under a Deprivation of Liberty Order, from April 2026. */
    private static void deprivationOfLiberty(Chance chance, ChildOutline child, List<CareEpisode> eps, LocalDate end,
            LocalDate asAt, List<DeprivationOfLiberty> out) {
        for (var e : eps) {
            LocalDate to = e.ceased() != null ? e.ceased() : end;
            if (!e.placement().equals("K2") || !to.isAfter(DOLO_FROM.plusDays(30))
                    || OutlineSimulator.age(child.dateOfBirth(), to) < 13 || !chance.percent(0.06)) {
                continue;
            }
            LocalDate from = (e.started().isAfter(DOLO_FROM) ? e.started() : DOLO_FROM).plusDays(chance.between(0, 20));
            if (!from.isBefore(to) || from.isAfter(asAt)) {
                continue;
            }
            LocalDate until = from.plusDays(chance.between(60, 365));
            // The order authorises restrictions in this home: it is discharged before the child moves
            // on, so it never reaches into the next placement (rules 709, 710).
            LocalDate ended = until.isBefore(to) ? until : e.ceased() == null ? to : to.minusDays(1);
            if (!from.isBefore(ended)) {
                continue;
            }
            out.add(new DeprivationOfLiberty(from, ended.isAfter(asAt) ? null : ended));
        }
    }
}
