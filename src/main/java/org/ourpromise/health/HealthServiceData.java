package org.ourpromise.health;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.care.CareEpisodes;
import org.ourpromise.children.ChildRegister;
import org.ourpromise.measures.MeasureValue;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.timescales.Birthdays;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The health service's figures, read once from the register, care episodes and the
 * health room's tables; the figures themselves are {@link HealthServiceFigures}'s (computed once, shown on the
 * nurse's page and drilled into).
 */
@Service
public class HealthServiceData {

    private final ChildRegister children;
    private final CareEpisodes care;
    private final ChildHealthRepository health;

    HealthServiceData(ChildRegister children, CareEpisodes care, ChildHealthRepository health) {
        this.children = children;
        this.care = care;
        this.health = health;
    }

    /** The figures from 1 April of the year to date up to {@code to}. */
    @Transactional(readOnly = true)
    public Map<String, MeasureValue> yearToDate(LocalDate to) {
        var from = Ssda903Dates.collectionStart(Ssda903Dates.collectionYearOf(to));
        return HealthServiceFigures.of(inputs(to), from, to);
    }

    HealthServiceFigures.Inputs inputs(LocalDate to) {
        return inputsAt(care.byChild(null), children.children(null), health.registrations(null),
                health.referrals(null), health.summaries(null)).apply(to);
    }

    /**
     * The figures of the five collection years to today's, each as at its 31 March (today's as at today), read
     * from the record once; a year before the health record's first entry has none.
     */
    @Transactional(readOnly = true)
    public List<HealthServiceTrend.Year> trend(LocalDate today) {
        var registrations = health.registrations(null);
        var referrals = health.referrals(null);
        var summaries = health.summaries(null);
        LocalDate first = null;
        for (var list : registrations.values()) {
            for (var r : list) {
                first = earlier(first, r.checkedOn());
            }
        }
        for (var list : referrals.values()) {
            for (var r : list) {
                first = earlier(first, r.referredOn());
            }
        }
        for (var list : summaries.values()) {
            for (var s : list) {
                first = earlier(first, s.madeOn());
            }
        }
        return HealthServiceTrend.of(inputsAt(care.byChild(null), children.children(null), registrations, referrals,
                summaries), today, first);
    }

    private static LocalDate earlier(@Nullable LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static java.util.function.Function<LocalDate, HealthServiceFigures.Inputs> inputsAt(
            Map<String, List<CareEpisode>> episodes, Map<String, ChildRegister.RegisteredChild> register,
            Map<String, List<HealthServices.Registration>> registrations,
            Map<String, List<HealthServices.Referral>> referrals, Map<String, List<HealthServices.Summary>> summaries) {
        var eighteenth = new HashMap<String, LocalDate>();
        episodes.forEach((id, list) -> {
            var child = register.get(id);
            if (child != null) {
                LocalDate birthday = Birthdays.nth(child.identity().dateOfBirth(), 18);
                if (lookedAfterOn(list, birthday.minusDays(1))) {
                    eighteenth.put(id, birthday);
                }
            }
        });
        return to -> {
            var lookedAfter = new HashSet<String>();
            episodes.forEach((id, list) -> {
                if (lookedAfterOn(list, to)) {
                    lookedAfter.add(id);
                }
            });
            return new HealthServiceFigures.Inputs(lookedAfter, registrations, referrals, summaries, eighteenth);
        };
    }

    static boolean lookedAfterOn(List<CareEpisode> episodes, LocalDate day) {
        return episodes.stream().anyMatch(e -> e.isOpenAt(day) && !e.isShortBreak());
    }

    /** The referrals of the children given, with the child's name, for the waits page. */
    @Transactional(readOnly = true)
    Map<String, String> names() {
        var names = new HashMap<String, String>();
        children.children(null).forEach((id, c) -> names.put(id, c.identity().givenName() + " "
                + c.identity().familyName()));
        return names;
    }

    @Transactional(readOnly = true)
    List<HealthServices.Referral> referrals() {
        return health.referrals(null).values().stream().flatMap(List::stream).toList();
    }
}
