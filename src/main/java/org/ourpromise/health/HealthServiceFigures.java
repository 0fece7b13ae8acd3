package org.ourpromise.health;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ourpromise.health.HealthServices.Referral;
import org.ourpromise.health.HealthServices.Registration;
import org.ourpromise.health.HealthServices.Service;
import org.ourpromise.health.HealthServices.Summary;
import org.ourpromise.measures.HealthServiceMeasureCatalogue;
import org.ourpromise.measures.MeasureValue;

/**
 * Pure: the health service's local measures for a period, from the health room's records, as
 * {@link HealthServiceMeasureCatalogue} defines them. Nothing after the period's last day is looked at.
 */
public final class HealthServiceFigures {

    /** What the measures are computed from. {@code lookedAfter}: the children looked after on the last day. */
    public record Inputs(Set<String> lookedAfter, Map<String, List<Registration>> registrations,
            Map<String, List<Referral>> referrals, Map<String, List<Summary>> summaries,
            Map<String, LocalDate> eighteenthBirthdaysInCare) {
    }

    private HealthServiceFigures() {
    }

    public static Map<String, MeasureValue> of(Inputs in, LocalDate from, LocalDate to) {
        var values = new LinkedHashMap<String, MeasureValue>();
        values.put(HealthServiceMeasureCatalogue.GP, registered(in, Service.GP, to));
        values.put(HealthServiceMeasureCatalogue.DENTIST, registered(in, Service.DENTIST, to));
        values.put(HealthServiceMeasureCatalogue.OPTICIAN, registered(in, Service.OPTICIAN, to));
        var seen = seenIn(in.referrals().values().stream().flatMap(List::stream).toList(), from, to);
        var quick = seen.stream().filter(r -> r.daysWaited(to) <= HealthServices.EIGHTEEN_WEEKS).toList();
        values.put(HealthServiceMeasureCatalogue.SEEN_IN_18_WEEKS, MeasureValue.percentage(quick.size(), seen.size(),
                children(quick), children(seen)));
        values.put(HealthServiceMeasureCatalogue.MEDIAN_WAIT, median(seen, to));
        var waiting = in.referrals().values().stream().flatMap(List::stream).filter(r -> r.waitingOn(to))
                .map(Referral::childId).toList();
        values.put(HealthServiceMeasureCatalogue.STILL_WAITING, MeasureValue.countOf(waiting));
        var turned = new ArrayList<String>();
        var given = new ArrayList<String>();
        in.eighteenthBirthdaysInCare().forEach((child, birthday) -> {
            if (!birthday.isBefore(from) && !birthday.isAfter(to)) {
                turned.add(child);
                if (in.summaries().getOrDefault(child, List.of()).stream().anyMatch(s -> s.givenOn() != null
                        && s.checkedOn() != null && s.givenOn().isBefore(birthday))) {
                    given.add(child);
                }
            }
        });
        values.put(HealthServiceMeasureCatalogue.SUMMARY_GIVEN, MeasureValue.percentageOf(given, turned));
        return values;
    }

    /** The referrals first seen from {@code from} to {@code to}. */
    static List<Referral> seenIn(Collection<Referral> referrals, LocalDate from, LocalDate to) {
        return referrals.stream().filter(r -> r.firstSeenOn() != null && !r.firstSeenOn().isBefore(from)
                && !r.firstSeenOn().isAfter(to)).toList();
    }

    private static MeasureValue registered(Inputs in, Service service, LocalDate to) {
        var yes = new ArrayList<String>();
        for (var child : in.lookedAfter()) {
            Registration latest = null;
            for (var r : in.registrations().getOrDefault(child, List.of())) {
                if (r.service() == service && !r.checkedOn().isAfter(to)
                        && (latest == null || !r.checkedOn().isBefore(latest.checkedOn()))) {
                    latest = r;
                }
            }
            if (latest != null && latest.registered()) {
                yes.add(child);
            }
        }
        return MeasureValue.percentageOf(yes, in.lookedAfter());
    }

    /** The median wait in weeks to 1 decimal place: numerator the median in days, denominator the referrals. */
    static MeasureValue median(List<Referral> seen, LocalDate to) {
        var days = seen.stream().mapToLong(r -> r.daysWaited(to)).sorted().toArray();
        var ids = children(seen);
        if (days.length == 0) {
            return new MeasureValue(null, 0, 0L, ids, ids);
        }
        int mid = days.length / 2;
        BigDecimal medianDays = days.length % 2 == 1 ? BigDecimal.valueOf(days[mid])
                : BigDecimal.valueOf(days[mid - 1] + days[mid]).divide(BigDecimal.valueOf(2));
        var weeks = medianDays.divide(BigDecimal.valueOf(7), 1, RoundingMode.HALF_UP);
        return new MeasureValue(weeks, medianDays.setScale(0, RoundingMode.HALF_UP).longValue(), (long) days.length,
                ids, ids);
    }

    private static List<String> children(List<Referral> referrals) {
        return referrals.stream().map(Referral::childId).distinct().sorted().toList();
    }
}
