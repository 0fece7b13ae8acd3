package org.ourpromise.timescales;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.EducationEvent;
import org.ourpromise.record.HealthEvent;
import org.ourpromise.record.PlanEvent;
import org.ourpromise.record.ReviewHeld;

/**
 * One child's record as the deadline rules see it at an as-at date: periods of care, short-break
 * arrangements, the reviews each chain owns, and the dated evidence by kind, sorted once.
 */
final class CareHistory {

    final ChildRecord child;
    final LocalDate asAt;
    final List<PeriodOfCare> periods;
    final List<ShortBreakArrangement> shortBreaks;
    final List<Evidence> visits;
    /** Visits made on a day the child was placed on a short break: the only ones that meet reg 48 visits. */
    final List<Evidence> shortBreakVisits;
    final VisitFacts visitFacts;
    private final Map<PeriodOfCare, List<ReviewHeld>> periodReviews = new java.util.IdentityHashMap<>();
    private final Map<ShortBreakArrangement, List<ReviewHeld>> shortBreakReviews = new java.util.IdentityHashMap<>();
    private final Map<HealthEvent.Kind, List<Evidence>> health = new EnumMap<>(HealthEvent.Kind.class);
    private final Map<PlanEvent.Kind, List<Evidence>> plans = new EnumMap<>(PlanEvent.Kind.class);
    final List<Evidence> peps;

    CareHistory(ChildRecord child, LocalDate asAt, TimescaleSettings settings) {
        this.child = child;
        this.asAt = asAt;
        this.periods = PeriodOfCare.of(child.episodes(), asAt);
        this.shortBreaks = ShortBreakArrangement.of(child.episodes(), periods, asAt, settings);
        assignReviews();
        var v = new ArrayList<Evidence>(child.visits().size());
        child.visits().forEach(x -> v.add(new Evidence(x.date(), x.seenAlone() ? "visit (seen alone)" : "visit")));
        this.visits = sorted(v);
        this.shortBreakVisits = shortBreaks.isEmpty() ? List.of()
                : visits.stream().filter(x -> onShortBreak(child.episodes(), x.date())).toList();
        this.visitFacts = new VisitFacts(child.plans());
        for (var h : child.health()) {
            health.computeIfAbsent(h.kind(), k -> new ArrayList<>()).add(new Evidence(h.date(), label(h.kind().name())));
        }
        health.replaceAll((k, list) -> sorted(list));
        for (var p : child.plans()) {
            plans.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(new Evidence(p.date(), label(p.kind().name())));
        }
        plans.replaceAll((k, list) -> sorted(list));
        this.peps = sorted(child.education().stream().filter(e -> e.kind() == EducationEvent.Kind.PEP_MEETING)
                .map(e -> new Evidence(e.date(), "PEP meeting")).collect(java.util.stream.Collectors.toList()));
    }

    /**
     * Each review (on or before the as-at date) belongs to the chain, standard period or short-break
     * arrangement, with the latest start on or before its date: MEASURES.md §8's rule, extended to
     * short breaks. Reviews before any chain began belong to none.
     */
    private void assignReviews() {
        var reviews = child.reviews().stream().filter(r -> !r.date().isAfter(asAt))
                .sorted(java.util.Comparator.comparing(ReviewHeld::date)).toList();
        periods.forEach(p -> periodReviews.put(p, new ArrayList<>()));
        shortBreaks.forEach(s -> shortBreakReviews.put(s, new ArrayList<>()));
        for (var r : reviews) {
            PeriodOfCare period = null;
            for (var p : periods) {
                if (!p.start().isAfter(r.date())) {
                    period = p;
                }
            }
            ShortBreakArrangement arrangement = null;
            for (var s : shortBreaks) {
                if (!s.start().isAfter(r.date())) {
                    arrangement = s;
                }
            }
            if (arrangement != null && (period == null || arrangement.start().isAfter(period.start()))) {
                shortBreakReviews.get(arrangement).add(r);
            } else if (period != null) {
                periodReviews.get(period).add(r);
            }
        }
    }

    List<ReviewHeld> reviewsOf(PeriodOfCare p) {
        return periodReviews.get(p);
    }

    List<ReviewHeld> reviewsOf(ShortBreakArrangement s) {
        return shortBreakReviews.get(s);
    }

    List<Evidence> health(HealthEvent.Kind kind) {
        return health.getOrDefault(kind, List.of());
    }

    List<Evidence> plans(PlanEvent.Kind kind) {
        return plans.getOrDefault(kind, List.of());
    }

    LocalDate birthday(int years) {
        return Birthdays.nth(child.dateOfBirth(), years);
    }

    /**
     * Placed on a short break that day: inside a V3 break, its first and last days included (the child is
     * with the carer for part of both), or while a V4 agreement is open (DOMAIN.md §1.1).
     */
    static boolean onShortBreak(List<CareEpisode> episodes, LocalDate day) {
        for (var e : episodes) {
            if (e.legalStatus().equals("V3") && !e.started().isAfter(day) && (e.ceased() == null || !e.ceased().isBefore(day))
                    || e.legalStatus().equals("V4") && e.isOpenAt(day)) {
                return true;
            }
        }
        return false;
    }

    static List<Evidence> sorted(List<Evidence> list) {
        Collections.sort(list);
        return list;
    }

    /** HEALTH_ASSESSMENT_REFERRAL becomes "health assessment referral". */
    private static String label(String kind) {
        return kind.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
